import type { Span } from '../../engine/types.ts';
import type { FieldKind, FieldState } from '../../messaging/protocol.ts';
import { AddCodeForm } from '../components/AddCodeForm.tsx';
import { Checklists } from '../components/Checklists.tsx';
import { CodeList } from '../components/CodeList.tsx';
import { DiagnosticList } from '../components/DiagnosticList.tsx';
import { countLabel, SEVERITY_ORDER } from '../severity.ts';

export const FIELD_KIND_LABEL: Record<FieldKind, string> = {
  textarea: 'Text box',
  contenteditable: 'Editable text',
  tinymce: 'TinyMCE editor',
  ckeditor5: 'CKEditor editor',
  quill: 'Quill editor',
  prosemirror: 'ProseMirror editor',
  lexical: 'Lexical editor',
  readonly: 'Read-only note',
  selection: 'Selected text',
};

interface Props {
  field: FieldState;
  /** The most recently linted field starts expanded; the others start collapsed. */
  expanded: boolean;
  onReveal: (fieldKey: string, span: Span) => void;
  onAddCode: (code: string) => void;
  onRemoveCode: (code: string) => void;
  onCopyQuery: (query: string) => void;
}

/** Everything the popup knows about one note field: codes, checklists, diagnostics. */
export function FieldPanel({ field, expanded, onReveal, onAddCode, onRemoveCode, onCopyQuery }: Props) {
  const { result } = field;
  const reveal = (span: Span) => onReveal(field.fieldKey, span);
  const counts = SEVERITY_ORDER.map((severity) => ({
    severity,
    count: result.diagnostics.filter((d) => d.severity === severity).length,
  })).filter(({ count }) => count > 0);
  const idPrefix = `field-${field.fieldKey.replace(/[^\w-]/g, '-')}`;

  return (
    <details class="field" open={expanded} data-field-key={field.fieldKey}>
      <summary>
        <span class="field-kind">{field.label || FIELD_KIND_LABEL[field.kind]}</span>{' '}
        <span class="muted">({field.textLength.toLocaleString('en-US')} characters)</span>{' '}
        {counts.length === 0 ? (
          <span class="tag tag-ok">no problems</span>
        ) : (
          counts.map(({ severity, count }) => (
            <span key={severity} class={`tag tag-${severity}`}>
              {countLabel(severity, count)}
            </span>
          ))
        )}
      </summary>
      <section aria-labelledby={`${idPrefix}-codes`}>
        <h2 id={`${idPrefix}-codes`}>Codes</h2>
        <CodeList codes={result.codes} onReveal={reveal} onRemove={onRemoveCode} />
        <AddCodeForm
          idPrefix={idPrefix}
          existing={result.codes.map((code) => code.code)}
          onAdd={onAddCode}
        />
      </section>
      {result.checklists.length > 0 ? (
        <section aria-labelledby={`${idPrefix}-evidence`}>
          <h2 id={`${idPrefix}-evidence`}>Evidence</h2>
          <Checklists checklists={result.checklists} onReveal={reveal} />
        </section>
      ) : null}
      <section aria-labelledby={`${idPrefix}-diagnostics`}>
        <h2 id={`${idPrefix}-diagnostics`}>Problems</h2>
        {field.textLength === 0 ? (
          <p class="muted">Nothing to check yet: the note is empty.</p>
        ) : (
          <DiagnosticList diagnostics={result.diagnostics} onReveal={reveal} onCopyQuery={onCopyQuery} />
        )}
      </section>
    </details>
  );
}
