/**
 * A minimal WebDriver BiDi client: commands over one WebSocket, answered by id. Written against the
 * protocol directly (not puppeteer) because the tests need two things a wrapper hides: installing
 * the unpacked build with `webExtension.install`, and serializing note-lint's closed shadow root
 * (`includeShadowTree: "all"`), which page scripts cannot see.
 */
import WebSocket from 'ws';

interface Pending {
  method: string;
  resolve(result: unknown): void;
  reject(error: Error): void;
}

type Incoming =
  | { type: 'success'; id: number; result: unknown }
  | { type: 'error'; id: number | null; error: string; message: string }
  | { type: 'event'; method: string; params: unknown };

export class BidiConnection {
  readonly #socket: WebSocket;
  readonly #pending = new Map<number, Pending>();
  #nextId = 0;

  private constructor(socket: WebSocket) {
    this.#socket = socket;
    socket.on('message', (data) => this.#receive(JSON.parse(String(data)) as Incoming));
    socket.on('close', () => this.#failAll(new Error('WebDriver BiDi connection closed')));
  }

  static async connect(url: string): Promise<BidiConnection> {
    const socket = new WebSocket(url);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    return new BidiConnection(socket);
  }

  send<T>(method: string, params: object = {}): Promise<T> {
    const id = ++this.#nextId;
    return new Promise<T>((resolve, reject) => {
      this.#pending.set(id, { method, resolve: resolve as (result: unknown) => void, reject });
      this.#socket.send(JSON.stringify({ id, method, params }));
    });
  }

  close(): void {
    this.#socket.close();
  }

  #receive(message: Incoming): void {
    if (message.type === 'event' || message.id === null) return;
    const pending = this.#pending.get(message.id);
    if (!pending) return;
    this.#pending.delete(message.id);
    if (message.type === 'success') pending.resolve(message.result);
    else pending.reject(new Error(`${pending.method}: ${message.error}: ${message.message}`));
  }

  #failAll(error: Error): void {
    for (const pending of this.#pending.values()) pending.reject(error);
    this.#pending.clear();
  }
}

/** A DOM node as BiDi serializes it (the parts these tests read). */
export interface SerializedNode {
  type: 'node';
  sharedId: string;
  value: {
    nodeType: number;
    localName?: string;
    nodeValue?: string;
    attributes?: Record<string, string>;
    children?: SerializedNode[];
    shadowRoot?: SerializedNode | null;
  };
}

/** A script result as BiDi serializes it: `type` names the kind; strings carry `value`, nodes are `SerializedNode`. */
export interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text: string };
}
