/**
 * Per-tab state in background memory: each note field's latest text, result and user-added codes.
 * Never written to storage.local or sync; dropped when the tab closes or navigates.
 */
import type { LintOptions, LintResult } from '../../src/engine/types.ts';
import { fieldKeyOf, toFieldResult, type FieldState, type LintFieldMessage } from '../../src/messaging/protocol.ts';

export type LintFn = (text: string, options: LintOptions) => LintResult;

/** Text is kept in memory only, so the field can be re-linted when codes or settings change. */
interface FieldRecord extends Omit<FieldState, 'textLength' | 'result'> {
  result: LintResult;
}

interface TabRecord {
  fields: Map<string, FieldRecord>;
}

/** User-added codes by tab and field key: what survives a background restart (storage.session). */
export type CodesByTab = Record<number, Record<string, string[]>>;

export class TabStates {
  readonly #tabs = new Map<number, TabRecord>();
  /** Codes from before a background restart, applied when their field is linted again. */
  #restoredCodes: CodesByTab = {};

  constructor(
    private readonly lintText: LintFn,
    private readonly now: () => number = Date.now,
  ) {}

  /** Lints a field's new text; returns null when the message is older than what is already known. */
  lintField(tabId: number, frameId: number, message: LintFieldMessage, options: LintOptions): FieldRecord | null {
    const tab = this.#tab(tabId);
    const fieldKey = fieldKeyOf(frameId, message.fieldId);
    const known = tab.fields.get(fieldKey);
    if (known && known.revision > message.revision) return null;
    const addedCodes = known?.addedCodes ?? this.#restoredCodes[tabId]?.[fieldKey] ?? [];
    const record: FieldRecord = {
      fieldKey,
      frameId,
      fieldId: message.fieldId,
      kind: message.kind,
      revision: message.revision,
      text: message.text,
      addedCodes,
      result: this.#lint(message.text, options, addedCodes),
      updatedAt: this.now(),
    };
    tab.fields.set(fieldKey, record);
    return record;
  }

  /** Re-lints one field (codes changed) or all fields of all tabs (settings changed). */
  relint(options: LintOptions, only?: { tabId: number; fieldKey: string }): Array<{ tabId: number; field: FieldRecord }> {
    const changed: Array<{ tabId: number; field: FieldRecord }> = [];
    for (const [tabId, tab] of this.#tabs) {
      if (only && only.tabId !== tabId) continue;
      for (const field of tab.fields.values()) {
        if (only && only.fieldKey !== field.fieldKey) continue;
        field.result = this.#lint(field.text, options, field.addedCodes);
        changed.push({ tabId, field });
      }
    }
    return changed;
  }

  /** Sets a field's added codes; returns false when the field is unknown. */
  setCodes(tabId: number, fieldKey: string, codes: string[]): boolean {
    const field = this.#tabs.get(tabId)?.fields.get(fieldKey);
    if (!field) return false;
    field.addedCodes = [...new Set(codes)];
    return true;
  }

  /** Codes saved before a restart; used for fields that are not known yet. */
  restoreCodes(codes: CodesByTab): void {
    this.#restoredCodes = codes;
  }

  /** Every field's added codes, to save so that they survive a background restart. */
  codesSnapshot(): CodesByTab {
    // Restored codes of fields not linted again yet are kept; known fields say what they hold now.
    const snapshot: CodesByTab = structuredClone(this.#restoredCodes);
    for (const [tabId, tab] of this.#tabs) {
      for (const field of tab.fields.values()) {
        const forTab = (snapshot[tabId] ??= {});
        if (field.addedCodes.length > 0) forTab[field.fieldKey] = [...field.addedCodes];
        else delete forTab[field.fieldKey];
      }
      if (Object.keys(snapshot[tabId] ?? {}).length === 0) delete snapshot[tabId];
    }
    return snapshot;
  }

  field(tabId: number, fieldKey: string): FieldRecord | undefined {
    return this.#tabs.get(tabId)?.fields.get(fieldKey);
  }

  fields(tabId: number): FieldState[] {
    const tab = this.#tabs.get(tabId);
    if (!tab) return [];
    return [...tab.fields.values()].map((field) => ({
      ...field,
      textLength: field.text.length,
      result: toFieldResult(field.result),
      addedCodes: [...field.addedCodes],
    }));
  }

  removeField(tabId: number, frameId: number, fieldId: string): void {
    this.#tabs.get(tabId)?.fields.delete(fieldKeyOf(frameId, fieldId));
  }

  removeTab(tabId: number): void {
    this.#tabs.delete(tabId);
    delete this.#restoredCodes[tabId];
  }

  errorCount(tabId: number): number {
    let errors = 0;
    for (const field of this.#tabs.get(tabId)?.fields.values() ?? []) {
      errors += field.result.diagnostics.filter((d) => d.severity === 'error').length;
    }
    return errors;
  }

  #tab(tabId: number): TabRecord {
    let tab = this.#tabs.get(tabId);
    if (!tab) {
      tab = { fields: new Map() };
      this.#tabs.set(tabId, tab);
    }
    return tab;
  }

  #lint(text: string, options: LintOptions, addedCodes: string[]): LintResult {
    const codes = [...(options.codes ?? []), ...addedCodes.map((code) => ({ code, source: 'option' as const }))];
    return this.lintText(text, { ...options, codes });
  }
}

