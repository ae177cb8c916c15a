/**
 * A one-line progress bar on standard error, for terminals only: a piped or redirected stderr gets
 * nothing, so logs and CI output stay clean. Redraws at most every 100 ms and erases itself at the end.
 */
const WIDTH = 30;
const REDRAW_MS = 100;

export interface ProgressStream {
  isTTY?: boolean;
  write(chunk: string): unknown;
}

export class ProgressBar {
  private lastDraw = Number.NEGATIVE_INFINITY;
  private drawn = false;
  private readonly started = performance.now();

  constructor(private readonly stream: ProgressStream) {}

  update(done: number, total: number): void {
    const now = performance.now();
    if (done < total && now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    const filled = Math.round((WIDTH * done) / total);
    const rate = done / Math.max((now - this.started) / 1000, 0.001);
    this.stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${done}/${total} files  ${rate.toFixed(0)}/s`);
    this.drawn = true;
  }

  clear(): void {
    if (this.drawn) this.stream.write('\r\u001b[2K');
  }
}

/** "More than a few files" on a terminal. */
export function wantsProgress(stream: ProgressStream, files: number): boolean {
  return stream.isTTY === true && files > 3;
}
