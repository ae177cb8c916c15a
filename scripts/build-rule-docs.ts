/**
 * `npm run docs:rules`: writes the rules catalogue, docs/rules/<id>.md and docs/rules/README.md for
 * the repository and public/rules/<id>.html for the extension package, from the rule registry, the
 * compiled code lexicon and the rules' test cases (scripts/rule-docs/catalogue.ts). Pages of rules
 * that no longer exist are removed. `--check` writes nothing and exits 1 when the committed
 * catalogue differs from what would be generated.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { HTML_DIR, MARKDOWN_DIR, ROOT, renderCatalogue } from './rule-docs/catalogue.ts';

const check = process.argv.includes('--check');
const files = await renderCatalogue();

const stale = [MARKDOWN_DIR, HTML_DIR]
  .flatMap((dir) => (existsSync(join(ROOT, dir)) ? readdirSync(join(ROOT, dir)).map((f) => `${dir}/${f}`) : []))
  .filter((path) => !files.has(path));
const changed = [...files].filter(([path, content]) => !existsSync(join(ROOT, path)) || readFileSync(join(ROOT, path), 'utf8') !== content).map(([path]) => path);

if (check) {
  for (const path of [...changed, ...stale]) console.error(`out of date: ${path}`);
  if (changed.length + stale.length > 0) {
    console.error('The rules catalogue is out of date: run `npm run docs:rules` and commit the result.');
    process.exit(1);
  }
  console.log(`rules catalogue: ${files.size} files up to date`);
} else {
  for (const path of stale) rmSync(join(ROOT, path));
  for (const path of changed) {
    mkdirSync(dirname(join(ROOT, path)), { recursive: true });
    writeFileSync(join(ROOT, path), files.get(path)!);
  }
  console.log(`rules catalogue: ${files.size} files (${changed.length} written, ${stale.length} removed) -> ${MARKDOWN_DIR}/, ${HTML_DIR}/`);
}
