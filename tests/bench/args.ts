/** Command line of `npm run bench -- [options]`. */

export interface BenchArgs {
  json: boolean;
  corpus: string | null;
  check: boolean;
  /** A smaller, faster run for development: a fifth of the notes, fewer runs, no browser. */
  quick: boolean;
  browser: boolean;
  /** Profile lint over the corpus instead of benchmarking; prints the hot functions. */
  profile: boolean;
  seed: number | null;
  help: boolean;
}

export const USAGE = `Usage: npm run bench -- [options]

  --json            print one JSON object instead of tables
  --corpus PATH     time a CSV with a "transcription" column or a folder of .txt notes
                    instead of the generated corpus
  --check           exit 1 when a measured budget fails
  --quick           fewer notes and runs, no browser (for development; numbers are rougher)
  --no-browser      skip the Chromium keystroke run
  --profile         CPU-profile lint over the corpus and print the hottest functions
  --seed N          seed of the generated corpus (default 20261121)
  -h, --help        this text`;

export type ParsedArgs = { ok: true; args: BenchArgs } | { ok: false; error: string };

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const args: BenchArgs = { json: false, corpus: null, check: false, quick: false, browser: true, profile: false, seed: null, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (): string | null => {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) return null;
      i++;
      return next;
    };
    switch (arg) {
      case '--json':
        args.json = true;
        break;
      case '--check':
        args.check = true;
        break;
      case '--quick':
        args.quick = true;
        break;
      case '--no-browser':
        args.browser = false;
        break;
      case '--profile':
        args.profile = true;
        break;
      case '-h':
      case '--help':
        args.help = true;
        break;
      case '--corpus': {
        const path = value();
        if (path === null) return { ok: false, error: '--corpus needs a path' };
        args.corpus = path;
        break;
      }
      case '--seed': {
        const seed = value();
        if (seed === null || !/^\d{1,10}$/.test(seed)) return { ok: false, error: '--seed needs a non-negative integer' };
        args.seed = Number(seed);
        break;
      }
      default:
        return { ok: false, error: `unknown option ${arg}` };
    }
  }
  if (args.quick) args.browser = false;
  return { ok: true, args };
}
