/**
 * UTF-16 offsets to 1-based line and column, as editors and ESLint show them. A line ends at
 * CR LF, LF, CR, or U+2028/U+2029; CR LF counts as one break, so Windows notes number like Unix ones.
 */
export interface Position {
  line: number;
  column: number;
}

const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/g;

export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (const match of text.matchAll(LINE_BREAK)) this.starts.push(match.index + match[0].length);
  }

  position(offset: number): Position {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.starts[low]! + 1 };
  }
}
