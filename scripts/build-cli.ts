/**
 * Bundles the CLI with esbuild: dist/cli.js (the command, imported by bin/note-lint.js) and
 * dist/cli-worker.js (the worker thread that lints files of a batch). Dependencies are bundled in,
 * so the CLI runs from these files and node alone. The bundle is written to a scratch folder and
 * renamed into place, so a CLI started during a rebuild (a parallel test) never reads half a file.
 */
import { build } from 'esbuild';
import { mkdir, mkdtemp, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
await mkdir(dist, { recursive: true });
const scratch = await mkdtemp(join(dist, '.build-'));

try {
  await build({
    absWorkingDir: root,
    entryPoints: { cli: 'src/cli/main.ts', 'cli-worker': 'src/cli/worker.ts' },
    outdir: scratch,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  // The worker first: a new cli.js must never start an old worker.
  const files = (await readdir(scratch)).sort((a, b) => Number(b.startsWith('cli-worker')) - Number(a.startsWith('cli-worker')));
  for (const file of files) await rename(join(scratch, file), join(dist, file));
} finally {
  await rm(scratch, { recursive: true, force: true });
}
console.log('built dist/cli.js and dist/cli-worker.js');
