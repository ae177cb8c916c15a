/** What the Chromium run of the built extension measures (browser.ts), shared with the report. */

export type FieldKind = 'contenteditable' | 'textarea';

export interface EditTiming {
  field: FieldKind;
  size: '3k' | '10k';
  chars: number;
  edits: number;
  /** Edits after which no repaint came within the timeout (not in the percentiles). */
  missed: number;
  /** Last keystroke of an edit to the frame in which the field's highlights changed, in ms. */
  p50: number;
  p95: number;
  max: number;
}

export interface LongTask {
  start: number;
  duration: number;
  size: '3k' | '10k';
  during: 'input' | 'paint' | 'other';
}

export interface BrowserBench {
  chromium: string;
  /** The content script's input debounce (src/dom/page-watcher.ts): the floor of every keystroke latency. */
  /** The content script's input debounce: 3x the field's last lint round trip, within these bounds. */
  debounceMs: { min: number; max: number };
  keystroke: EditTiming[];
  /** PerformanceObserver 'longtask' entries on the page while typing (all fields). */
  longTasks: { count: number; maxMs: number | null; totalMs: number; entries: LongTask[] };
  /** Navigation start of a page with a 3k note to the first highlights painted, in ms. */
  coldStartMs: number | null;
  /** Long tasks on the page during the cold start. */
  coldStartLongTasks: number;
  /** The same page opened again (worker and engine already running): navigation start to first highlights. */
  warmStartMs: number | null;
  /** DOMContentLoaded of the cold page, to tell page load from extension work. */
  coldDomContentLoadedMs: number | null;
}

export type BrowserResult = { ok: true; bench: BrowserBench } | { ok: false; reason: string };
