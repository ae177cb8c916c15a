/**
 * Memos of one linted note (its term walk, dates, findings by type, evidence verdicts ...), kept on
 * the note's own objects (its Doc, tokens, findings array or rule input) under a private symbol,
 * never in a WeakMap keyed by them.
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
  private readonly slot: symbol;

  /** `what` names the memo in debuggers. */
  constructor(what: string) {
    this.slot = Symbol(what);
  }

  get(key: K): V | undefined {
    return (key as Record<symbol, V | undefined>)[this.slot];
  }

  has(key: K): boolean {
    return this.get(key) !== undefined;
  }

  set(key: K, value: V): this {
    Object.defineProperty(key, this.slot, { value, writable: true, configurable: true, enumerable: false });
    return this;
  }
}
