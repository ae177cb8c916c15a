// @vitest-environment happy-dom
/**
 * The textarea mirror: one block per line with the marks on their text, and an incremental update
 * after an edit that gives exactly what a full render of the new text gives.
 */
import { describe, expect, it } from 'vitest';
import type { HighlightSpec } from '../../../src/messaging/protocol.ts';
import { shiftSpans } from '../../../src/dom/spans.ts';
import { TextareaMirror } from '../../../src/dom/textarea-mirror.ts';
import type { UiHost } from '../../../src/dom/ui-host.ts';

function setup(): { mirror: TextareaMirror; box: () => HTMLElement } {
  const textarea = document.createElement('textarea');
  document.body.replaceChildren(textarea);
  const container = document.createElement('div');
  const host = { root: container as unknown as ShadowRoot } as UiHost;
  const mirror = new TextareaMirror(textarea, host);
  return { mirror, box: () => container.firstElementChild as HTMLElement };
}

/** Each line's text, with marked parts in [severity:text] brackets. */
function describeBox(box: HTMLElement): string[] {
  return [...box.children].map((line) =>
    [...line.childNodes]
      .map((node) => (node.nodeType === Node.TEXT_NODE ? node.textContent : `[${(node as Element).className.replace('mark-', '')}:${node.textContent}]`))
      .join(''),
  );
}

const spec = (text: string, word: string, severity: HighlightSpec['severity'] = 'error'): HighlightSpec => {
  const start = text.indexOf(word);
  return { ruleId: 'r', severity, code: null, message: 'm', fix: null, start, end: start + word.length };
};

const NOTE = 'Patient feels weak.\n\nAssessment: weakness.\nDx M62.81';

describe('TextareaMirror', () => {
  it('renders one block per line, marks on their text, empty lines held open', () => {
    const { mirror, box } = setup();
    mirror.render(NOTE, [spec(NOTE, 'weak.'), spec(NOTE, 'M62.81', 'warning')]);
    expect(describeBox(box())).toEqual(['Patient feels [error:weak.]', '\u200b', 'Assessment: weakness.', 'Dx [warning:M62.81]']);
  });

  it('marks recognised findings where no problem is, under the problem marks where one is', () => {
    const { mirror, box } = setup();
    const found = (word: string) => {
      const start = NOTE.indexOf(word);
      return { type: 'weakness' as const, label: 'weakness', start, end: start + word.length };
    };
    mirror.render(NOTE, [spec(NOTE, 'weak.')], [found('feels weak'), found('weakness')]);
    expect(describeBox(box())).toEqual(['Patient [evidence:feels ][error:weak][error:.]', '\u200b', 'Assessment: [evidence:weakness].', 'Dx M62.81']);
  });

  it('splits a mark that spans lines', () => {
    const { mirror, box } = setup();
    mirror.render('ab\ncd', [{ ruleId: 'r', severity: 'info', code: null, message: 'm', fix: null, start: 1, end: 4 }]);
    expect(describeBox(box())).toEqual(['a[info:b]', '[info:c]d']);
  });

  it.each([
    ['typing inside a line', NOTE.replace('Assessment', 'Assessment and plan')],
    ['typing before a mark', 'The ' + NOTE],
    ['adding a line', NOTE.replace('\n\n', '\nNo falls.\n\n')],
    ['joining two lines', NOTE.replace('weakness.\nDx', 'weakness. Dx')],
    ['deleting everything after the first line', 'Patient feels weak.'],
    ['adding a newline at the end', NOTE + '\n'],
    ['replacing the whole text', 'Something else entirely.'],
  ])('an update after %s equals a full render', (_name, after) => {
    const spans = [spec(NOTE, 'weak.'), spec(NOTE, 'M62.81', 'warning')];
    const shifted = shiftSpans(spans, NOTE, after);
    const incremental = setup();
    incremental.mirror.render(NOTE, spans);
    incremental.mirror.update(after, shifted, []);
    const full = setup();
    full.mirror.render(after, shifted);
    expect(describeBox(incremental.box())).toEqual(describeBox(full.box()));
  });

  it('survives a long run of edits, matching a full render after each', () => {
    const incremental = setup();
    let text = NOTE;
    let spans = [spec(NOTE, 'weak.'), spec(NOTE, 'M62.81')];
    incremental.mirror.render(text, spans);
    const edits: Array<(t: string) => string> = [
      (t) => t.slice(0, 5) + 'x' + t.slice(5),
      (t) => t + '\nPlan: PT',
      (t) => t.replace('\n\n', '\n'),
      (t) => t.slice(0, -3),
      (t) => '\n' + t,
      (t) => t.replace('Dx', 'Codes:\nDx'),
    ];
    for (const edit of edits) {
      const next = edit(text);
      spans = shiftSpans(spans, text, next);
      incremental.mirror.update(next, spans, []);
      const full = setup();
      full.mirror.render(next, spans);
      expect(describeBox(incremental.box())).toEqual(describeBox(full.box()));
      text = next;
    }
  });
});
