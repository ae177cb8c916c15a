/**
 * Serves the local e2e test pages on 127.0.0.1: the HTML in tests/e2e-pages, the editors' own
 * files from node_modules, and each page's editor script bundled with esbuild on first request.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { build } from 'esbuild';

const ROOT = resolve(import.meta.dirname, '../../..');
const PAGES = join(ROOT, 'tests/e2e-pages');
const SERVED_PACKAGES = ['tinymce', 'ckeditor5', 'quill', 'prosemirror-view'];
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

export interface PageServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  /** The same server under another origin (http://localhost:PORT), for cross-site checks. */
  otherOrigin: string;
  close(): Promise<void>;
}

const bundles = new Map<string, Promise<string>>();

function bundle(name: string): Promise<string> {
  let built = bundles.get(name);
  if (!built) {
    built = build({
      entryPoints: [join(PAGES, 'bundles', `${name}.ts`)],
      bundle: true,
      write: false,
      format: 'esm',
      target: 'es2022',
      logLevel: 'silent',
    }).then((result) => result.outputFiles[0]!.text);
    bundles.set(name, built);
  }
  return built;
}

async function resolveFile(pathname: string): Promise<{ body: string | Buffer; type: string } | null> {
  const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const bundleMatch = /^\/bundle\/([a-z0-9-]+)\.js$/.exec(clean);
  if (bundleMatch) return { body: await bundle(bundleMatch[1]!), type: TYPES['.js']! };
  let file: string;
  if (clean.startsWith('/node_modules/')) {
    const pkg = clean.split('/')[2] ?? '';
    if (!SERVED_PACKAGES.includes(pkg)) return null;
    file = join(ROOT, clean);
  } else {
    file = join(PAGES, clean === '/' ? 'index.html' : clean);
    if (!file.startsWith(PAGES)) return null;
  }
  try {
    return { body: await readFile(file), type: TYPES[extname(file)] ?? 'application/octet-stream' };
  } catch {
    return null;
  }
}

export async function startPageServer(): Promise<PageServer> {
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    resolveFile(url.pathname).then(
      (found) => {
        if (!found) {
          response.writeHead(404).end('not found');
          return;
        }
        response.writeHead(200, { 'content-type': found.type, 'cache-control': 'no-store' }).end(found.body);
      },
      (error: Error) => response.writeHead(500).end(error.message),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    otherOrigin: `http://localhost:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
