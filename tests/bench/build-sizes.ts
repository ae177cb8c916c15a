/**
 * The extension's download and parse cost: raw and gzip bytes of what each entrypoint loads, read
 * from the built Chrome extension (.output/chrome-mv3, made by `npm run build`). The manifest names
 * the content scripts, the background worker and the popup page; each file's static imports are
 * followed so shared chunks count for every entrypoint that loads them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

export interface EntrypointSize {
  /** Sums over `files`. Gzip is per file (each is fetched and cached on its own), level 9. */
  raw: number;
  gzip: number;
  files: FileSize[];
}

export interface BuildSizes {
  dir: string;
  contentScript: EntrypointSize | null;
  background: EntrypointSize | null;
  popup: EntrypointSize | null;
}

export type BuildSizesResult = { ok: true; sizes: BuildSizes } | { ok: false; reason: string };

interface Manifest {
  content_scripts?: { js?: string[]; css?: string[] }[];
  background?: { service_worker?: string; scripts?: string[] };
  action?: { default_popup?: string };
}

/** Local module specifiers in `import ... from "x"`, `import "x"`, `import("x")` and `export ... from "x"`. */
const IMPORT = /(?:\bfrom\s*|\bimport\s*(?:\(\s*)?)["']([^"'\n]+)["']/g;
/** src/href attributes of a page. */
const PAGE_REF = /\b(?:src|href)\s*=\s*["']([^"'\n]+)["']/g;

export function readBuildSizes(outputDir: string): BuildSizesResult {
  const manifestPath = join(outputDir, 'manifest.json');
  if (!existsSync(manifestPath)) return { ok: false, reason: `no ${manifestPath}: run \`npm run build\` first` };
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const content = (manifest.content_scripts ?? []).flatMap((entry) => [...(entry.js ?? []), ...(entry.css ?? [])]);
  const background = [manifest.background?.service_worker, ...(manifest.background?.scripts ?? [])].filter((f): f is string => !!f);
  const popup = manifest.action?.default_popup;
  return {
    ok: true,
    sizes: {
      dir: outputDir,
      contentScript: content.length > 0 ? entrypointSize(outputDir, content) : null,
      background: background.length > 0 ? entrypointSize(outputDir, background) : null,
      popup: popup ? entrypointSize(outputDir, [popup]) : null,
    },
  };
}

function entrypointSize(root: string, entries: readonly string[]): EntrypointSize {
  const seen = new Set<string>();
  const queue = entries.map((entry) => normalize(join(root, entry)));
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (seen.has(path) || !existsSync(path)) continue;
    seen.add(path);
    if (!/\.(?:m?js|html)$/.test(path)) continue;
    const source = readFileSync(path, 'utf8');
    const pattern = path.endsWith('.html') ? PAGE_REF : IMPORT;
    for (const match of source.matchAll(pattern)) {
      const ref = match[1]!;
      if (/^[a-z]+:/i.test(ref) || ref.startsWith('#')) continue;
      queue.push(normalize(ref.startsWith('/') ? join(root, ref) : join(dirname(path), ref)));
    }
  }
  const files = [...seen].sort().map((path) => {
    const bytes = readFileSync(path);
    return { file: relative(root, path), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  return { raw: files.reduce((s, f) => s + f.raw, 0), gzip: files.reduce((s, f) => s + f.gzip, 0), files };
}
