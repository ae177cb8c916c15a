/**
 * Memos of one linted note (its term walk, dates, findings by type, evidence verdicts ...), kept on
 * the note's own objects (its Doc, tokens, findings array or rule input) in one hidden array per
 * object, each memo at its own index, never in a WeakMap keyed by them.
 *
 * Why: V8's young-generation collector does not clear WeakMap entries; their values stay alive until
 * a full collection. With a WeakMap per memo, every note's memos (and through them the whole note)
 * were copied and promoted by each scavenge: about 2 MB promoted per scavenge of a run of 3 k notes,
 * scavenges of 4-6 ms that made the 95th percentile of lint time, and an old generation that grew until
 * a full collection. A property of the note's object dies with it in the next scavenge.
 *
 * The property is not enumerable and symbol-keyed: JSON, structured cloning (the extension's messages)
 * and deep equality in tests do not see it.
 */
export class NoteMemo<K extends object, V> {
  /** This memo's place in a note object's memo array. */
  private readonly index = memoCount++;

  /** `what` names the memo (for readers of the code and stack traces). */
  constructor(readonly what: string) {}

  get(key: K): V | undefined {
    const memos = (key as Record<symbol, unknown[] | undefined>)[MEMOS];
    return memos === undefined ? undefined : (memos[this.index] as V | undefined);
  }

  has(key: K): boolean {
    return this.get(key) !== undefined;
  }

  set(key: K, value: V): this {
    let memos = (key as Record<symbol, unknown[] | undefined>)[MEMOS];
    // One hidden property per note object holds every memo of it (defining a property is the slow part).
    if (memos === undefined) Object.defineProperty(key, MEMOS, { value: (memos = []), writable: false, configurable: true, enumerable: false });
    memos[this.index] = value;
    return this;
  }
}

const MEMOS = Symbol('note memos');
let memoCount = 0;
