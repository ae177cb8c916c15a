/**
 * Inputs on the command line to the list of files to lint. A file named directly is always linted;
 * a folder is searched recursively for files matching --glob (default *.txt and *.json), skipping
 * --ignore matches, hidden entries and node_modules. Order is deterministic: inputs as given, each
 * folder's files sorted by path. An input that does not exist, or a folder with nothing to lint,
 * becomes an entry with its error so the rest of the batch still runs.
 */
import { readdir, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { compileGlobs, type GlobMatcher } from './glob.ts';
import { describeFsError } from './read-input.ts';

export const DEFAULT_GLOBS: readonly string[] = ['*.txt', '*.json'];
const ALWAYS_SKIPPED = (name: string) => name.startsWith('.') || name === 'node_modules';

export interface InputFile {
  /** Path as shown in reports: relative to the working directory when inside it. */
  display: string;
  path: string;
  error?: string;
}

export interface ExpandOptions {
  cwd: string;
  globs: readonly string[];
  ignores: readonly string[];
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? toPosix(rel) : toPosix(path);
}

async function walk(root: string, folder: string, include: GlobMatcher, ignore: GlobMatcher, out: string[]): Promise<void> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (ALWAYS_SKIPPED(entry.name)) continue;
    const path = join(folder, entry.name);
    const rel = toPosix(relative(root, path));
    if (ignore(rel)) continue;
    // Symbolic links to folders are not followed: they can loop.
    if (entry.isDirectory()) await walk(root, path, include, ignore, out);
    else if ((entry.isFile() || entry.isSymbolicLink()) && include(rel)) out.push(path);
  }
}

export async function expandInputs(inputs: readonly string[], options: ExpandOptions): Promise<InputFile[]> {
  const globs = options.globs.length > 0 ? options.globs : DEFAULT_GLOBS;
  const include = compileGlobs(globs);
  const ignore = compileGlobs(options.ignores);
  const files: InputFile[] = [];
  const seen = new Set<string>();
  const add = (path: string, error?: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    files.push(error === undefined ? { display: displayPath(path, options.cwd), path } : { display: displayPath(path, options.cwd), path, error });
  };
  for (const input of inputs) {
    const path = resolve(options.cwd, input);
    let isFolder: boolean;
    try {
      isFolder = (await stat(path)).isDirectory();
    } catch (error) {
      add(path, describeFsError(error));
      continue;
    }
    if (!isFolder) {
      add(path);
      continue;
    }
    const found: string[] = [];
    try {
      await walk(path, path, include, ignore, found);
    } catch (error) {
      add(path, `cannot search folder: ${describeFsError(error)}`);
      continue;
    }
    if (found.length === 0) add(path, `folder has no files matching ${globs.join(', ')}`);
    for (const file of found) add(file);
  }
  return files;
}
