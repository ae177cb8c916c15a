// Makes `npx note-lint` work inside this repository: npm links the `bin` of dependencies into
// node_modules/.bin but never the project's own, and npx looks there before the registry.
import { existsSync, lstatSync, mkdirSync, rmSync, symlinkSync, chmodSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const binDir = join(root, 'node_modules', '.bin');
const target = join(root, 'bin', 'note-lint.js');
const link = join(binDir, 'note-lint');

mkdirSync(binDir, { recursive: true });
if (existsSync(link) || (() => { try { return lstatSync(link).isSymbolicLink(); } catch { return false; } })()) rmSync(link, { force: true });
symlinkSync(relative(binDir, target), link);
chmodSync(target, 0o755);
console.log('note-lint: `npx note-lint` is linked to bin/note-lint.js');
