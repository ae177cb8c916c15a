/**
 * A malformed lexicon is refused with every problem named (file, field, what is wrong), by the
 * loader and by `npm run lexicon` run as a process. The build script reads lexicon/ next to itself
 * and has no flag to point it elsewhere, so the process test runs a copy of the script, src/ and
 * lexicon/ in a temporary folder: the repository's lexicon and generated file are never touched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../src/lexicon/load-files.ts';
import { LexiconError } from '../../../src/lexicon/errors.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

interface Defect {
  name: string;
  file: string;
  edit(text: string): string;
  /** Everything the message must name. */
  expect: RegExp[];
}

const replaceOnce = (from: string | RegExp, to: string) => (text: string) => {
  const next = text.replace(from, to);
  if (next === text) throw new Error(`test setup: ${String(from)} not found`);
  return next;
};

const DEFECTS: Defect[] = [
  {
    name: 'YAML syntax error',
    file: 'findings/fatigue.yaml',
    edit: replaceOnce('type: fatigue', 'type: fatigue\nentries: [unclosed'),
    expect: [/lexicon\/findings\/fatigue\.yaml/, /line \d+/],
  },
  {
    name: 'unknown key',
    file: 'codes/R53.1.yaml',
    edit: replaceOnce('billable: true', 'billable: true\nbillabel: false'),
    expect: [/lexicon\/codes\/R53\.1\.yaml/, /billabel/, /unknown/i],
  },
  {
    name: 'bad enum value',
    file: 'context.yaml',
    edit: replaceOnce(/direction: forward/, 'direction: sideways'),
    expect: [/lexicon\/context\.yaml/, /direction/, /sideways/],
  },
  {
    name: 'duplicate term',
    file: 'findings/fatigue.yaml',
    edit: replaceOnce('[fatigue, fatigued,', '[fatigue, fatigued, fatigue,'),
    expect: [/lexicon\/findings\/fatigue\.yaml/, /duplicate/i, /fatigue/],
  },
  {
    name: 'duplicate term differing only in case',
    file: 'findings/fatigue.yaml',
    edit: replaceOnce('[fatigue, fatigued,', '[fatigue, FATIGUE, fatigued,'),
    expect: [/lexicon\/findings\/fatigue\.yaml/, /duplicate/i, /fatigue/i],
  },
  {
    name: 'empty pattern',
    file: 'findings/fatigue.yaml',
    edit: replaceOnce('[fatigue, fatigued,', '["", fatigue, fatigued,'),
    expect: [/lexicon\/findings\/fatigue\.yaml/, /empty/i],
  },
  {
    name: 'pattern of punctuation only',
    file: 'findings/fatigue.yaml',
    edit: replaceOnce('[fatigue, fatigued,', '["--", fatigue, fatigued,'),
    expect: [/lexicon\/findings\/fatigue\.yaml/, /empty pattern/i],
  },
  {
    name: 'duplicate code in two files',
    file: 'codes/R53.1-copy.yaml',
    edit: () => readFileSync(join(ROOT, 'lexicon/codes/R53.1.yaml'), 'utf8'),
    expect: [/duplicate/i, /R53\.1/],
  },
];

const scratch: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), `note-lint-${prefix}-`));
  scratch.push(dir);
  return dir;
};
// Removing a dozen lexicon copies can outlast the default hook timeout on a busy machine.
const CLEANUP_TIMEOUT_MS = 120_000;
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
}, CLEANUP_TIMEOUT_MS);

function brokenLexicon(defect: Defect, into: string): void {
  cpSync(join(ROOT, 'lexicon'), into, { recursive: true });
  const path = join(into, defect.file);
  writeFileSync(path, defect.edit(existsSync(path) ? readFileSync(path, 'utf8') : ''));
}

describe('loadLexicon(dir) on a malformed copy', () => {
  it('loads the real lexicon (control)', () => {
    expect(() => loadLexicon(join(ROOT, 'lexicon'))).not.toThrow();
  });

  it.each(DEFECTS.map((d) => [d.name, d] as const))('%s: a LexiconError naming the problem', (_name, defect) => {
    const dir = tempDir('lexicon');
    brokenLexicon(defect, dir);
    let error: unknown;
    try {
      loadLexicon(dir);
    } catch (e) {
      error = e;
    }
    expect(error, 'the malformed lexicon must be refused').toBeInstanceOf(LexiconError);
    const message = (error as Error).message;
    for (const pattern of defect.expect) expect(message).toMatch(pattern);
    expect(message).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });
});

describe('npm run lexicon (scripts/build-lexicon.ts) as a process on a malformed copy', () => {
  let project: string;

  beforeAll(() => {
    project = tempDir('lexicon-build');
    cpSync(join(ROOT, 'src'), join(project, 'src'), { recursive: true });
    cpSync(join(ROOT, 'scripts'), join(project, 'scripts'), { recursive: true });
    cpSync(join(ROOT, 'package.json'), join(project, 'package.json'));
    symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
  });

  const build = () => spawnSync(TSX, ['scripts/build-lexicon.ts'], { cwd: project, encoding: 'utf8', timeout: 60_000 });

  it('builds the real lexicon copy (control)', () => {
    rmSync(join(project, 'lexicon'), { recursive: true, force: true });
    cpSync(join(ROOT, 'lexicon'), join(project, 'lexicon'), { recursive: true });
    const run = build();
    expect(run.status, run.stderr).toBe(0);
  }, 60_000);

  it.each(DEFECTS.map((d) => [d.name, d] as const))('%s: exit 1, the problem on stderr, no stack trace, generated file untouched', (_name, defect) => {
    rmSync(join(project, 'lexicon'), { recursive: true, force: true });
    brokenLexicon(defect, join(project, 'lexicon'));
    const generated = join(project, 'src/lexicon/generated/lexicon.ts');
    const before = readFileSync(generated, 'utf8');
    const run = build();
    expect(run.status).toBe(1);
    for (const pattern of defect.expect) expect(run.stderr).toMatch(pattern);
    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(readFileSync(generated, 'utf8')).toBe(before);
  }, 60_000);
});
