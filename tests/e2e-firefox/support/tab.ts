/**
 * One Firefox tab over WebDriver BiDi: run functions in the page, click and type like a user (real
 * input events through `input.performActions`), and read what note-lint painted: CSS highlights
 * from the page's own `CSS.highlights`, the textarea mirror from the closed shadow root of
 * note-lint's UI host.
 */
import type { Severity } from '../../../src/engine/types.ts';
import type { BidiConnection, EvaluateResult, SerializedNode } from './bidi.ts';

/** WebDriver key values for the non-character keys the tests press. */
export const KEY = {
  Enter: '\uE007',
  Control: '\uE009',
  End: '\uE010',
  Home: '\uE011',
  ArrowRight: '\uE014',
  Shift: '\uE008',
  Alt: '\uE00A',
  Escape: '\uE00C',
} as const;

export interface Mark {
  severity: Severity;
  text: string;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A node in the page, by its BiDi shared id (it may sit in a closed shadow root). */
interface NodeRef {
  sharedId: string;
}

const MARK_CLASS = /(?:^| )mark-(error|warning|info)(?: |$)/;
const UI_HOST_TAG = 'note-lint-ui';

export class Tab {
  constructor(
    private readonly bidi: BidiConnection,
    readonly context: string,
  ) {}

  /**
   * Calls `fn` in the page with JSON arguments and returns its JSON result. `fn` is sent as source,
   * so it must not use anything from this module's scope.
   */
  async evaluate<R, A extends unknown[]>(fn: (...args: A) => R | Promise<R>, ...args: A): Promise<Awaited<R>> {
    const declaration = `async (json) => JSON.stringify(await (${fn.toString()})(...JSON.parse(json)) ?? null)`;
    return jsonResult<Awaited<R>>(await this.#call(declaration, [{ type: 'string', value: JSON.stringify(args) }]));
  }

  async click(selector: string): Promise<void> {
    const element = await this.#query(selector);
    await this.bidi.send('input.performActions', {
      context: this.context,
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          actions: [
            { type: 'pointerMove', x: 0, y: 0, origin: { type: 'element', element } },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ],
        },
      ],
    });
  }

  /** Presses keys one after the other (characters or `KEY` values). Returns the keystroke count. */
  async type(text: string): Promise<number> {
    const keys = [...text];
    await this.#keys(keys.flatMap((value) => [{ type: 'keyDown', value }, { type: 'keyUp', value }]));
    return keys.length;
  }

  /** Holds `modifier` while pressing `key` (e.g. Control+End). */
  async chord(modifier: string, key: string): Promise<void> {
    await this.#keys([
      { type: 'keyDown', value: modifier },
      { type: 'keyDown', value: key },
      { type: 'keyUp', value: key },
      { type: 'keyUp', value: modifier },
    ]);
  }

  /** Holds every modifier while pressing `key` (e.g. Alt+Shift+L). */
  async combo(modifiers: string[], key: string): Promise<void> {
    await this.#keys([
      ...modifiers.map((value) => ({ type: 'keyDown', value })),
      { type: 'keyDown', value: key },
      { type: 'keyUp', value: key },
      ...modifiers.reverse().map((value) => ({ type: 'keyUp', value })),
    ]);
  }

  /** Types lines with Enter between them, pausing after each so debounced lints run mid-session. */
  async typeLines(lines: string[], pauseMs: number): Promise<number> {
    let keystrokes = 0;
    for (const [index, line] of lines.entries()) {
      keystrokes += await this.type(index > 0 ? KEY.Enter + line : line);
      await sleep(pauseMs);
    }
    return keystrokes;
  }

  /** Text of every range registered under `note-lint-<severity>` in the page. */
  highlightMarks(): Promise<Mark[]> {
    return this.evaluate(() => {
      const marks: Array<{ severity: string; text: string }> = [];
      for (const severity of ['error', 'warning', 'info']) {
        for (const range of CSS.highlights.get(`note-lint-${severity}`) ?? []) marks.push({ severity, text: (range as Range).toString() });
      }
      return marks as Mark[];
    });
  }

  /** The textarea mirror's marks, read from the closed shadow root of note-lint's UI host. */
  async mirrorMarks(): Promise<Array<Mark & NodeRef>> {
    const reply = await this.#call(`() => document.querySelector(${JSON.stringify(UI_HOST_TAG)})`, [], {
      maxDomDepth: null,
      includeShadowTree: 'all',
    });
    if (reply.result?.type !== 'node') return [];
    const marks: Array<Mark & NodeRef> = [];
    const visit = (node: SerializedNode) => {
      const severity = MARK_CLASS.exec(node.value.attributes?.class ?? '')?.[1];
      if (severity) marks.push({ severity: severity as Severity, text: textOf(node), sharedId: node.sharedId });
      for (const child of node.value.children ?? []) visit(child);
      if (node.value.shadowRoot) visit(node.value.shadowRoot);
    };
    visit(reply.result as SerializedNode);
    return marks;
  }

  /** Moves the pointer to a viewport point (hover), with real input events. */
  async hover(x: number, y: number): Promise<void> {
    await this.bidi.send('input.performActions', {
      context: this.context,
      actions: [{ type: 'pointer', id: 'mouse', actions: [{ type: 'pointerMove', x: Math.round(x), y: Math.round(y), origin: 'viewport' }] }],
    });
  }

  /** Text of the elements with class `className` in note-lint's closed shadow UI that are not hidden. */
  async uiText(className: string): Promise<string> {
    const reply = await this.#call(`() => document.querySelector(${JSON.stringify(UI_HOST_TAG)})`, [], {
      maxDomDepth: null,
      includeShadowTree: 'all',
    });
    if (reply.result?.type !== 'node') return '';
    const texts: string[] = [];
    const visit = (node: SerializedNode, hidden: boolean) => {
      const attributes = node.value.attributes ?? {};
      const nowHidden = hidden || 'hidden' in attributes;
      if (!nowHidden && (attributes.class ?? '').split(' ').includes(className)) texts.push(textOf(node));
      for (const child of node.value.children ?? []) visit(child, nowHidden);
      if (node.value.shadowRoot) visit(node.value.shadowRoot, nowHidden);
    };
    visit(reply.result as SerializedNode, false);
    return texts.join('');
  }

  /** Viewport boxes of nodes (which may be inside closed shadow roots). */
  async boxesOf(nodes: NodeRef[]): Promise<Box[]> {
    const reply = await this.#call(
      '(...nodes) => JSON.stringify(nodes.map((n) => { const r = n.getBoundingClientRect(); return { left: r.left, top: r.top, right: r.right, bottom: r.bottom }; }))',
      nodes.map((node) => ({ sharedId: node.sharedId })),
    );
    return jsonResult(reply);
  }

  async close(): Promise<void> {
    await this.bidi.send('browsingContext.close', { context: this.context });
  }

  async #query(selector: string): Promise<NodeRef> {
    const reply = await this.#call(`() => document.querySelector(${JSON.stringify(selector)})`, []);
    if (reply.result?.type !== 'node') throw new Error(`no element matches ${selector}`);
    return { sharedId: (reply.result as SerializedNode).sharedId };
  }

  async #keys(actions: Array<{ type: string; value: string }>): Promise<void> {
    await this.bidi.send('input.performActions', { context: this.context, actions: [{ type: 'key', id: 'keyboard', actions }] });
  }

  async #call(functionDeclaration: string, args: object[], serializationOptions?: object): Promise<EvaluateResult> {
    const reply = await this.bidi.send<EvaluateResult>('script.callFunction', {
      functionDeclaration,
      arguments: args,
      target: { context: this.context },
      awaitPromise: true,
      resultOwnership: 'none',
      ...(serializationOptions ? { serializationOptions } : {}),
    });
    if (reply.type === 'exception') throw new Error(`script failed in the page: ${reply.exceptionDetails?.text}`);
    return reply;
  }
}

/** The result of a page function that returned a JSON string. */
function jsonResult<T>(reply: EvaluateResult): T {
  if (reply.result?.type !== 'string') throw new Error(`expected a JSON string from the page, got ${JSON.stringify(reply.result)}`);
  return JSON.parse(reply.result.value as string) as T;
}

function textOf(node: SerializedNode): string {
  if (node.value.nodeType === 3) return node.value.nodeValue ?? '';
  return (node.value.children ?? []).map(textOf).join('');
}

export function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

/** Polls `read` until `ok` accepts its value; returns it, or throws with the last value. */
export async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!ok(value)) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms; last value: ${JSON.stringify(value)}`);
    await sleep(150);
    value = await read();
  }
  return value;
}
