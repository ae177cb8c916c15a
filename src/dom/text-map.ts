/**
 * The text of a contenteditable or read-only element as note-lint sends it to the engine, and the
 * exact way back from a text offset to a DOM position. One walk builds both, so the string the
 * engine sees and the ranges painted on the page cannot drift apart.
 *
 * Text nodes contribute their data verbatim. Block boundaries between text and <br> contribute
 * "\n" (the way the note reads, like innerText: no leading or trailing newline from blocks); those
 * synthetic characters map to the DOM boundary where they occur. Whitespace-only
 * text between blocks (HTML indentation) is skipped unless whitespace is preserved (pre, textarea-like).
 */

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL',
  'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'BUTTON']);

/** A run of text characters [start, start + length) that lives in `node` from `nodeOffset`. */
interface Piece {
  start: number;
  length: number;
  node: Node;
  /** For text nodes: offset of the first character in the node. For synthetic characters: the child index of the boundary in `node`. */
  nodeOffset: number;
  synthetic: boolean;
}

export interface TextMap {
  text: string;
  /** A DOM range covering text[start, end), or null when the offsets are outside the text. */
  toRange(start: number, end: number): Range | null;
}

function indexInParent(node: Node): number {
  let index = 0;
  for (let sibling = node.previousSibling; sibling; sibling = sibling.previousSibling) index++;
  return index;
}

function preservesWhitespace(node: Node): boolean {
  const element = node.parentElement;
  if (!element) return false;
  const view = element.ownerDocument.defaultView;
  const whiteSpace = view ? view.getComputedStyle(element).whiteSpace : '';
  return whiteSpace.startsWith('pre') || whiteSpace === 'break-spaces';
}

/** True when a <br> only closes its block (a trailing break after text), so it adds no new line. */
function isTrailingBreak(br: Element): boolean {
  if (br.nextSibling !== null) return false;
  const parent = br.parentElement;
  return parent !== null && BLOCK_TAGS.has(parent.tagName) && (parent.textContent ?? '').length > 0;
}

/**
 * Builds the text map of `root`. When `within` is given (a selection), only the text inside that
 * range is taken, and offsets count from its start.
 */
export function buildTextMap(root: Node, within?: Range): TextMap {
  const pieces: Piece[] = [];
  let text = '';

  /** A block boundary seen since the last text: it becomes "\n" only if more text follows. */
  let pendingBreak: { node: Node; offset: number } | null = null;

  const flushBreak = () => {
    if (pendingBreak && text.length > 0 && !text.endsWith('\n')) {
      pieces.push({ start: text.length, length: 1, node: pendingBreak.node, nodeOffset: pendingBreak.offset, synthetic: true });
      text += '\n';
    }
    pendingBreak = null;
  };
  const pushText = (node: Text, from: number, to: number) => {
    if (to <= from) return;
    flushBreak();
    pieces.push({ start: text.length, length: to - from, node, nodeOffset: from, synthetic: false });
    text += node.data.slice(from, to);
  };
  const markBreak = (parent: Node, childIndex: number) => {
    pendingBreak ??= { node: parent, offset: childIndex };
  };
  const pushBreak = (br: Element) => {
    const parent = br.parentNode;
    if (!parent || isTrailingBreak(br)) return;
    flushBreak();
    pieces.push({ start: text.length, length: 1, node: parent, nodeOffset: indexInParent(br) + 1, synthetic: true });
    text += '\n';
  };

  const walk = (node: Node): void => {
    if (within && !within.intersectsNode(node)) return;
    if (node.nodeType === Node.TEXT_NODE) {
      const textNode = node as Text;
      let from = 0;
      let to = textNode.data.length;
      if (within) {
        if (within.startContainer === node) from = within.startOffset;
        if (within.endContainer === node) to = within.endOffset;
      }
      if (textNode.data.trim() === '' && !preservesWhitespace(node)) return;
      pushText(textNode, from, to);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
    const element = node as Element;
    if (node.nodeType === Node.ELEMENT_NODE) {
      if (SKIPPED_TAGS.has(element.tagName)) return;
      if (element.tagName === 'BR') return pushBreak(element);
    }
    const block = node !== root && node.nodeType === Node.ELEMENT_NODE && BLOCK_TAGS.has(element.tagName);
    if (block && node.parentNode) markBreak(node.parentNode, indexInParent(node));
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block && node.parentNode) markBreak(node.parentNode, indexInParent(node) + 1);
  };
  walk(root);

  const pointAt = (offset: number, preferEnd: boolean): [Node, number] | null => {
    // Binary search for the piece holding `offset`; at a boundary between two pieces, a range
    // start takes the later piece and a range end the earlier one, so ranges hug their text.
    let lo = 0;
    let hi = pieces.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const piece = pieces[mid]!;
      if (offset < piece.start) hi = mid - 1;
      else if (offset > piece.start + piece.length) lo = mid + 1;
      else {
        found = mid;
        if (preferEnd ? offset === piece.start && mid > 0 : offset === piece.start + piece.length && mid < pieces.length - 1) {
          found = preferEnd ? mid - 1 : mid + 1;
        }
        break;
      }
    }
    const piece = pieces[found];
    if (!piece) return null;
    if (piece.synthetic) return [piece.node, piece.nodeOffset];
    return [piece.node, piece.nodeOffset + (offset - piece.start)];
  };

  return {
    text,
    toRange(start, end) {
      if (start < 0 || end > text.length || start > end || pieces.length === 0) return null;
      const from = pointAt(start, false);
      const to = pointAt(end, true);
      if (!from || !to) return null;
      const doc = root.ownerDocument ?? (root as Document);
      const range = doc.createRange();
      range.setStart(from[0], from[1]);
      range.setEnd(to[0], to[1]);
      return range;
    },
  };
}
