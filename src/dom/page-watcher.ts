/**
 * Watches an enabled page for note fields: scans the document, its open shadow roots and
 * same-origin iframes, follows fields added or removed later, lints on focus and (debounced) on
 * input, and routes results, hover cards and "show in note" to the right field. It talks to the
 * background only through the `send` hooks, so it holds no browser-extension API itself.
 */
import type { LintResultMessage } from '../messaging/protocol.ts';
import { compareInPage, findFields, findFrameDocuments, findShadowRoots, isRendered, NO_FIELD_SELECTORS, type FieldSelectors, type Root } from './discover.ts';
import { fieldLabel } from './field-label.ts';
import { DEFAULT_DISPLAY, NoteField, type Display } from './note-field.ts';
import { PageCodesWatcher } from './page-codes.ts';
import { findNoteView, rangeContainer, selectedRange } from './readonly.ts';
import { Cards } from './cards.ts';

/**
 * Typing pauses this long before a lint: the longest wait (a slow lint of a huge note must not run
 * on every pause). A field whose lints come back fast waits less (see `debounceFor`), so a short
 * note repaints well within the 150 ms keystroke budget without sending a lint per keystroke.
 */
export const INPUT_DEBOUNCE_MS = 300;
export const MIN_INPUT_DEBOUNCE_MS = 60;

/** The pause before linting: three times the field's last lint round trip, within [60, 300] ms. */
export function debounceFor(lastRoundTripMs: number | undefined): number {
  if (lastRoundTripMs === undefined) return INPUT_DEBOUNCE_MS;
  return Math.min(INPUT_DEBOUNCE_MS, Math.max(MIN_INPUT_DEBOUNCE_MS, Math.round(3 * lastRoundTripMs)));
}
const RESCAN_DEBOUNCE_MS = 150;
/** Layout can move a textarea without any event (a banner appears, a sidebar opens): check this often. */
const REFLOW_CHECK_MS = 250;

export interface PageWatcherHooks {
  /** Sends the field's text to the background; resolves with the result (null when none came). */
  lint(field: NoteField, revision: number, text: string): Promise<LintResultMessage | null>;
  /** The field left the page. */
  gone(field: NoteField): void;
  /** Linted fields got new names or a new page order (a field was added above them). */
  reorder?(fields: NoteField[]): void;
  /** The diagnosis codes the page shows (site profile `diagnosisCodes`) changed. */
  pageCodes?(codes: string[]): void;
}

/** The site profile's part in finding fields and codes. */
export interface WatchProfile {
  fields: FieldSelectors;
  /** Selectors of the elements showing the encounter's diagnosis codes; empty: read none. */
  diagnosisCodes: readonly string[];
}

export const NO_PROFILE: WatchProfile = { fields: NO_FIELD_SELECTORS, diagnosisCodes: [] };

interface FieldWiring {
  field: NoteField;
  cleanup: () => void;
}

export class PageWatcher {
  readonly #wired = new Map<string, FieldWiring>();
  readonly #byElement = new Map<HTMLElement, NoteField>();
  readonly #observedRoots = new Map<Root, MutationObserver>();
  readonly #watchedDocs = new Map<Document, () => void>();
  readonly #timers = new Map<string, ReturnType<typeof setTimeout>>();
  #rescanTimer: ReturnType<typeof setTimeout> | undefined;
  #reflowTimer: ReturnType<typeof setInterval> | undefined;
  #nextId = 0;
  #repositionQueued = false;
  readonly #cards = new Cards(() => [...this.#wired.values()].map(({ field }) => field));
  readonly #watchedFrames = new WeakSet<Element>();
  readonly #following = new Set<NoteField>();
  /** Each field's last lint round trip (send to result), which sets its input debounce. */
  readonly #roundTrip = new WeakMap<NoteField, number>();
  readonly #pageCodes: PageCodesWatcher | null;
  #display: Display = DEFAULT_DISPLAY;

  constructor(
    private readonly topDoc: Document,
    private readonly hooks: PageWatcherHooks,
    private readonly profile: WatchProfile = NO_PROFILE,
  ) {
    this.#pageCodes =
      profile.diagnosisCodes.length > 0 ? new PageCodesWatcher(profile.diagnosisCodes, (codes) => this.hooks.pageCodes?.(codes)) : null;
  }

  /** What the page shows changed (settings): every field repaints. */
  setDisplay(display: Display): void {
    this.#display = display;
    for (const { field } of this.#wired.values()) field.setDisplay(display);
  }

  start(): void {
    this.rescan();
    this.#reflowTimer = setInterval(() => this.#reposition(), REFLOW_CHECK_MS);
  }

  stop(): void {
    clearTimeout(this.#rescanTimer);
    this.#cards.stop();
    clearInterval(this.#reflowTimer);
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
    this.#pageCodes?.stop();
    for (const id of [...this.#wired.keys()]) this.#drop(id, false);
    for (const observer of this.#observedRoots.values()) observer.disconnect();
    this.#observedRoots.clear();
    for (const unwatch of this.#watchedDocs.values()) unwatch();
    this.#watchedDocs.clear();
  }

  get fieldCount(): number {
    return this.#wired.size;
  }

  field(id: string): NoteField | undefined {
    return this.#wired.get(id)?.field;
  }

  /** Finds new fields and drops the ones that left, in every reachable document and shadow root. */
  rescan(): void {
    const roots: Root[] = [];
    const collect = (doc: Document) => {
      roots.push(doc, ...findShadowRoots(doc));
      this.#watchDocument(doc);
      for (const { frame, doc: inner } of findFrameDocuments(doc)) {
        this.#watchFrameLoads(frame);
        collect(inner);
      }
    };
    collect(this.topDoc);
    for (const shadow of roots.slice()) {
      for (const { frame, doc: inner } of findFrameDocuments(shadow)) {
        this.#watchFrameLoads(frame);
        collect(inner);
      }
    }
    for (const [id, { field }] of this.#wired) {
      const stillShown = !field.isGone && (field.kind === 'selection' || field.kind === 'readonly' || isRendered(field.element));
      if (!stillShown) this.#drop(id, true);
    }
    const added: NoteField[] = [];
    for (const root of roots) {
      this.#observe(root);
      for (const found of findFields(root, this.profile.fields)) {
        if (this.#byElement.has(found.element)) continue;
        added.push(this.#add(new NoteField(this.#newId(), found.kind, found.element)));
      }
    }
    this.#placeFields();
    for (const field of added) if (field.readText().trim() !== '') void this.lint(field);
    this.#pageCodes?.refresh(roots);
    this.#reposition();
  }

  /** Names the fields and puts them in page order; tells the background about linted ones that changed. */
  #placeFields(): void {
    const fields = [...this.#wired.values()].map(({ field }) => field);
    fields.sort((a, b) => compareInPage(a.element, b.element, this.topDoc));
    const changed: NoteField[] = [];
    for (const [order, field] of fields.entries()) {
      const label = field.kind === 'selection' ? '' : fieldLabel(field.element);
      if (field.order === order && field.label === label) continue;
      field.order = order;
      field.label = label;
      if (field.revision > 0) changed.push(field);
    }
    if (changed.length > 0) this.hooks.reorder?.(changed);
  }

  /** Sends the field's text when it changed (or always, when forced) and paints the result. */
  async lint(field: NoteField, force = false): Promise<void> {
    const request = field.nextRequest(force);
    if (!request) return;
    const sent = performance.now();
    const reply = await this.hooks.lint(field, request.revision, request.text);
    if (reply) this.#roundTrip.set(field, performance.now() - sent);
    if (reply && this.#wired.get(field.id)?.field === field && !field.applyResult(reply)) this.#schedule(field);
  }

  /** A result the background pushed (codes or settings changed). */
  applyPushed(message: LintResultMessage): void {
    const field = this.field(message.fieldId);
    if (field && !field.applyResult(message)) this.#schedule(field);
  }

  async relintAll(): Promise<void> {
    // As on discovery, an empty field (a search box nobody typed in) is not a note: it is not reported.
    const filled = [...this.#wired.values()].filter(({ field }) => field.readText().trim() !== '');
    await Promise.all(filled.map(({ field }) => this.lint(field, true)));
  }

  reveal(fieldId: string, start: number, end: number): void {
    this.field(fieldId)?.reveal(start, end);
  }

  /**
   * Lints a read-only view on request: the selection (any reachable document) or, unless
   * `selectionOnly`, the page's rendered note. Returns the field id, or null when there is none.
   */
  async lintOnRequest(selectionOnly: boolean): Promise<string | null> {
    const docs = [this.topDoc, ...[...this.#watchedDocs.keys()].filter((d) => d !== this.topDoc)];
    for (const doc of docs) {
      const range = selectedRange(doc);
      const container = range && rangeContainer(range);
      if (range && container) {
        for (const [id, { field }] of this.#wired) if (field.kind === 'selection') this.#drop(id, true);
        const field = this.#add(new NoteField(this.#newId(), 'selection', container, range));
        this.#placeFields();
        await this.lint(field, true);
        return field.id;
      }
    }
    if (selectionOnly) return null;
    const view = findNoteView(this.topDoc);
    if (!view) return null;
    const field = this.#byElement.get(view) ?? this.#add(new NoteField(this.#newId(), 'readonly', view));
    this.#placeFields();
    await this.lint(field, true);
    return field.id;
  }

  #newId(): string {
    return `f${++this.#nextId}`;
  }

  #add(field: NoteField): NoteField {
    const { element } = field;
    field.setDisplay(this.#display);
    const onFocus = () => void this.lint(field);
    const onInput = () => {
      this.#follow(field);
      this.#schedule(field);
    };
    element.addEventListener('focus', onFocus);
    element.addEventListener('input', onInput);
    let contentObserver: MutationObserver | null = null;
    let resizeObserver: ResizeObserver | null = null;
    if (field.isTextarea) {
      resizeObserver = new (field.view.ResizeObserver ?? ResizeObserver)(() => this.#reposition());
      resizeObserver.observe(element);
    } else {
      // Rich editors and read-only views change without input events (paste handling, app updates).
      contentObserver = new MutationObserver(() => this.#schedule(field));
      contentObserver.observe(element, { childList: true, characterData: true, subtree: true });
    }
    this.#watchDocument(field.doc);
    this.#wired.set(field.id, {
      field,
      cleanup: () => {
        element.removeEventListener('focus', onFocus);
        element.removeEventListener('input', onInput);
        contentObserver?.disconnect();
        resizeObserver?.disconnect();
      },
    });
    if (field.kind !== 'selection') this.#byElement.set(element, field);
    return field;
  }

  #drop(id: string, tellBackground: boolean): void {
    const wiring = this.#wired.get(id);
    if (!wiring) return;
    wiring.cleanup();
    wiring.field.dispose();
    clearTimeout(this.#timers.get(id));
    this.#timers.delete(id);
    this.#wired.delete(id);
    if (this.#byElement.get(wiring.field.element) === wiring.field) this.#byElement.delete(wiring.field.element);
    if (tellBackground) this.hooks.gone(wiring.field);
  }

  /** Moves the field's marks with the edit once per frame, however fast the typing. */
  #follow(field: NoteField): void {
    if (this.#following.has(field)) return;
    this.#following.add(field);
    field.view.requestAnimationFrame(() => {
      this.#following.delete(field);
      if (this.#wired.get(field.id)?.field === field) field.followEdit();
    });
  }

  #schedule(field: NoteField): void {
    clearTimeout(this.#timers.get(field.id));
    this.#timers.set(
      field.id,
      setTimeout(() => {
        this.#timers.delete(field.id);
        void this.lint(field);
      }, debounceFor(this.#roundTrip.get(field))),
    );
  }

  /** Watches a document or shadow root for fields and frames added or removed later. */
  #observe(root: Root): void {
    if (this.#observedRoots.has(root)) return;
    const observer = new MutationObserver((records) => {
      // Typing inside a known field is the field's business, not a reason to rescan the page.
      if (records.every((r) => this.#insideField(r.target))) return;
      clearTimeout(this.#rescanTimer);
      this.#rescanTimer = setTimeout(() => this.rescan(), RESCAN_DEBOUNCE_MS);
    });
    observer.observe(root, { childList: true, subtree: true });
    this.#observedRoots.set(root, observer);
  }

  #insideField(node: Node): boolean {
    for (let current: Node | null = node; current; current = current.parentNode) {
      if (this.#byElement.has(current as HTMLElement)) return true;
    }
    return false;
  }

  #watchFrameLoads(frame: HTMLIFrameElement | HTMLFrameElement): void {
    if (this.#watchedFrames.has(frame)) return;
    this.#watchedFrames.add(frame);
    frame.addEventListener('load', () => this.rescan());
  }

  /** Scroll, resize and hover handling for one document (once). */
  #watchDocument(doc: Document): void {
    if (this.#watchedDocs.has(doc) || !doc.defaultView) return;
    const view = doc.defaultView;
    const reposition = () => this.#reposition();
    let hoverQueued = false;
    let lastPoint = { x: 0, y: 0 };
    const onMove = (event: MouseEvent) => {
      lastPoint = { x: event.clientX, y: event.clientY };
      if (hoverQueued) return;
      hoverQueued = true;
      view.requestAnimationFrame(() => {
        hoverQueued = false;
        this.#cards.hover(doc, lastPoint.x, lastPoint.y);
      });
    };
    const onKey = (event: KeyboardEvent) => this.#cards.key(doc, event);
    view.addEventListener('scroll', reposition, { capture: true, passive: true });
    view.addEventListener('resize', reposition, { passive: true });
    doc.addEventListener('mousemove', onMove, { capture: true, passive: true });
    doc.addEventListener('keydown', onKey, { capture: true });
    this.#watchedDocs.set(doc, () => {
      view.removeEventListener('scroll', reposition, { capture: true });
      view.removeEventListener('resize', reposition);
      doc.removeEventListener('mousemove', onMove, { capture: true });
      doc.removeEventListener('keydown', onKey, { capture: true });
    });
  }

  #reposition(): void {
    if (this.#repositionQueued) return;
    this.#repositionQueued = true;
    requestAnimationFrame(() => {
      this.#repositionQueued = false;
      for (const { field } of this.#wired.values()) field.reposition();
    });
  }
}
