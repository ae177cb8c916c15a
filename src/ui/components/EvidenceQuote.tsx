import type { EvidenceRef, Span } from '../../engine/types.ts';

interface Props {
  evidence: EvidenceRef;
  /** Scroll the page to this span and flash it. */
  onReveal: (span: Span) => void;
}

/**
 * A quoted piece of the note; a button so keyboard users can reveal it in the page too. The visible
 * "show in note" cue is drawn by the stylesheet, so the button's text is the quote alone.
 */
export function EvidenceQuote({ evidence, onReveal }: Props) {
  return (
    <button
      type="button"
      class="quote"
      title="Show in the note"
      aria-label={`Show in the note: “${evidence.text}”`}
      onClick={() => onReveal({ start: evidence.start, end: evidence.end })}
    >
      “{evidence.text}”
    </button>
  );
}
