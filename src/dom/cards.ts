/**
 * The hover card of a mark, by pointer and by keyboard. With the pointer it follows what is under
 * it, stays put along one mark and lingers a moment so the pointer can reach its links. From the
 * keyboard, with the caret on a mark, Alt+Shift+L opens it with focus inside (Tab reaches its
 * links, Escape closes it and puts focus and caret back). Only trusted input opens or closes it:
 * a page script's synthetic events cannot.
 */
import { isEmptyHit } from './marks.ts';
import type { NoteField } from './note-field.ts';
import { uiHostFor } from './ui-host.ts';

export const DETAILS_SHORTCUT = { altKey: true, shiftKey: true, code: 'KeyL', label: 'Alt+Shift+L' } as const;
/** How long a card stays after the pointer leaves its mark: time to move onto the card. */
const CARD_HIDE_DELAY_MS = 300;

export class Cards {
  /** The document whose card is showing. */
  #doc: Document | null = null;
  /** What the shown card is about, so hovering along one mark does not rebuild or move it. */
  #signature = '';
  #hideTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly fields: () => NoteField[]) {}

  stop(): void {
    clearTimeout(this.#hideTimer);
  }

  hover(doc: Document, x: number, y: number): void {
    const host = uiHostFor(doc);
    // The pointer moved onto the card (to follow a rule link): keep it.
    if (this.#doc === doc && host.cardContains(x, y)) {
      clearTimeout(this.#hideTimer);
      return;
    }
    for (const field of this.fields()) {
      if (field.doc !== doc) continue;
      const hit = field.hitTest(x, y);
      if (isEmptyHit(hit)) continue;
      clearTimeout(this.#hideTimer);
      const signature = JSON.stringify(hit);
      if (this.#doc === doc && host.cardShown && signature === this.#signature) return;
      host.showCard(x, y, hit);
      this.#doc = doc;
      this.#signature = signature;
      return;
    }
    if (this.#doc !== doc) return;
    // A moment's grace: crossing the gap between the mark and its card must not close it.
    clearTimeout(this.#hideTimer);
    this.#hideTimer = setTimeout(() => this.#hide(doc), CARD_HIDE_DELAY_MS);
  }

  key(doc: Document, event: KeyboardEvent): void {
    if (!event.isTrusted) return;
    if (event.key === 'Escape' && this.#doc === doc) {
      this.#hide(doc);
      return;
    }
    const { altKey, shiftKey, code } = DETAILS_SHORTCUT;
    const shortcut = event.altKey === altKey && event.shiftKey === shiftKey && !event.ctrlKey && !event.metaKey && event.code === code;
    if (shortcut && this.#openAtCaret(doc)) {
      event.preventDefault();
      event.stopPropagation();
    }
  }

  #hide(doc: Document): void {
    uiHostFor(doc).hideCard();
    if (this.#doc === doc) this.#doc = null;
    this.#signature = '';
  }

  /** Opens the card of the mark at the caret of the focused field and moves focus into it. */
  #openAtCaret(doc: Document): boolean {
    for (const field of this.fields()) {
      if (field.doc !== doc) continue;
      const found = field.hitAtCaret();
      if (!found) continue;
      const selection = doc.getSelection();
      const saved = !field.isTextarea && selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null;
      uiHostFor(doc).showCard(found.rect.left, found.rect.bottom - 8, found.hit, {
        focus: true,
        onClose: () => {
          this.#doc = null;
          this.#signature = '';
          field.element.focus({ preventScroll: true });
          // Give the caret back exactly where it was (focus alone may move it in some editors).
          const now = doc.getSelection();
          if (saved && now && (now.rangeCount === 0 || now.getRangeAt(0).compareBoundaryPoints(Range.START_TO_START, saved) !== 0)) {
            now.removeAllRanges();
            now.addRange(saved);
          }
        },
      });
      this.#doc = doc;
      this.#signature = JSON.stringify(found.hit);
      return true;
    }
    return false;
  }
}
