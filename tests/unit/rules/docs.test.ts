// Meta-tests of the rules catalogue, read from the repository (docs/rules, public/rules): it is what
// the generator makes of today's rules, every rule has its page, every message of every rule is
// printed by one of its own test cases, and every rule is silent when switched off.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { HTML_DIR, MARKDOWN_DIR, ROOT, lintCase, loadRuleCases, packCases, renderCatalogue } from '../../../scripts/rule-docs/catalogue.ts';
import { rules } from '../../../src/engine/rules/index.ts';
import { RULE_DOCS_DIR, ruleDocPath, ruleDocUrl } from '../../../src/ui/rule-docs.ts';
import type { RuleCases } from './rule-tester.ts';

const REGENERATE = 'run `npm run docs:rules` and commit docs/rules and public/rules';

let generated: Map<string, string>;
let cases: Map<string, RuleCases>;

beforeAll(async () => {
  generated = await renderCatalogue();
  cases = await loadRuleCases();
}, 60_000);

const committed = (dir: string) => (existsSync(join(ROOT, dir)) ? readdirSync(join(ROOT, dir)).map((f) => `${dir}/${f}`) : []);

describe('the committed catalogue', () => {
  it('is exactly what the generator produces from today\'s rules, lexicon and cases', () => {
    const stale = [...generated].filter(([path, content]) => !existsSync(join(ROOT, path)) || readFileSync(join(ROOT, path), 'utf8') !== content);
    expect(stale.map(([path]) => path), `out of date: ${REGENERATE}`).toEqual([]);
  });

  it('holds no page the generator would not write (a removed or renamed rule)', () => {
    const extra = [...committed(MARKDOWN_DIR), ...committed(HTML_DIR)].filter((path) => !generated.has(path));
    expect(extra, `left over: ${REGENERATE}`).toEqual([]);
  });

  it('has a Markdown page and an extension page for every rule, and an index naming each', () => {
    const index = readFileSync(join(ROOT, MARKDOWN_DIR, 'README.md'), 'utf8');
    const htmlIndex = readFileSync(join(ROOT, HTML_DIR, 'index.html'), 'utf8');
    for (const { meta } of rules) {
      expect(existsSync(join(ROOT, MARKDOWN_DIR, `${meta.id}.md`)), `${MARKDOWN_DIR}/${meta.id}.md: ${REGENERATE}`).toBe(true);
      expect(existsSync(join(ROOT, 'public', ruleDocPath(meta.id))), `public/${ruleDocPath(meta.id)}: ${REGENERATE}`).toBe(true);
      expect(index).toContain(`](${meta.id}.md)`);
      expect(htmlIndex).toContain(`href="${meta.id}.html"`);
    }
  });

  it('cites no internal development material (seed numbers, the rulebook file, lexicon paths)', () => {
    for (const [path, content] of generated) {
      expect(content, path).not.toMatch(/\bseed(?: \d{3}| good case| poor case|:)|rules\.md|\.\.\/shared|lexicon\/codes|excerpt_/i);
    }
  });

  it('ships HTML pages a strict extension CSP allows: no script, no inline style or handler, nothing remote', () => {
    const pages = [...generated].filter(([path]) => path.endsWith('.html'));
    expect(pages.length).toBe(rules.length + 1);
    for (const [path, content] of pages) {
      expect(content, path).not.toMatch(/<script|<style|\sstyle=|\son[a-z]+=|javascript:|<iframe|<img|<object/i);
      expect(content, path).not.toMatch(/(?:href|src)="(?:[a-z][a-z\d+.-]*:|\/\/)/i);
      expect(content, path).toContain('<link rel="stylesheet" href="style.css">');
    }
  });

  it('gives each rule its pack, default weakness', () => {
    for (const { meta } of rules) {
      expect(generated.get(`${MARKDOWN_DIR}/${meta.id}.md`)).toContain(`| Pack | \`${meta.pack ?? 'weakness'}\` |`);
    }
  });
});

/** A message template as a pattern: "{code} rests on \"{complaint}\"" matches the printed text. */
function templatePattern(template: string): RegExp {
  const parts = template.split(/\{[a-z]+\}/i).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('[^]*?')}$`);
}

/**
 * Messages no case can print yet, each with the reason. A ratchet, not a skip: the test fails when one
 * of them starts being printed (take it off this list) as well as when any other message is never printed.
 */
const UNREACHABLE: Record<string, Record<string, string>> = {
  'invalid-code': {
    deleted: 'no code in lexicon/codes is marked `invalid: true`: a deleted code needs a code file before a case can show it',
  },
};

describe('every message of every rule is printed by one of its own test cases', () => {
  for (const rule of rules) {
    it(rule.meta.id, () => {
      // A pack rule without a TypeScript case table prints its messages from its pack's table tests.
      const table = cases.get(rule.meta.id) ?? packCases(rule);
      expect(table, `tests/unit/rules/cases/${rule.meta.id}.ts or rows of its pack's tests`).toBeDefined();
      const templates = Object.entries(rule.meta.messages).map(([id, text]) => ({ id, pattern: templatePattern(text) }));
      const printed = new Set<string>();
      for (const c of table!.invalid) {
        for (const d of lintCase(c).diagnostics.filter((x) => x.ruleId === rule.meta.id)) {
          const ids = templates.filter((t) => t.pattern.test(d.message)).map((t) => t.id);
          expect(ids, `"${d.message}" matches no single message of ${rule.meta.id}`).toHaveLength(1);
          printed.add(ids[0]!);
        }
      }
      const never = templates.map((t) => t.id).filter((id) => !printed.has(id));
      const known = Object.keys(UNREACHABLE[rule.meta.id] ?? {});
      expect(never, `messages of ${rule.meta.id} no invalid case prints: add a case to tests/unit/rules/cases/${rule.meta.id}.ts`).toEqual(known);
    });
  }
});

describe('every rule is silent when switched off', () => {
  for (const rule of rules) {
    it(rule.meta.id, () => {
      const table = (cases.get(rule.meta.id) ?? packCases(rule))!;
      for (const c of table.invalid) {
        const on = lintCase(c).diagnostics.filter((d) => d.ruleId === rule.meta.id);
        const off = lintCase(c, { rules: { [rule.meta.id]: 'off' } }).diagnostics.filter((d) => d.ruleId === rule.meta.id);
        expect(on.length, `${c.name}: the invalid case reports nothing even when on`).toBeGreaterThan(0);
        expect(off, c.name).toEqual([]);
      }
    });
  }
});

describe('ruleDocUrl: where the popup, hover card and report find a rule\'s page', () => {
  it('is the page inside the extension package', () => {
    const getUrl = (path: string) => `chrome-extension://abcdefgh/${path}`;
    expect(ruleDocUrl('workup-plan', getUrl)).toBe('chrome-extension://abcdefgh/rules/workup-plan.html');
    expect(ruleDocUrl('objective-weakness-on-r53.1', getUrl)).toBe('chrome-extension://abcdefgh/rules/objective-weakness-on-r53.1.html');
    expect(RULE_DOCS_DIR).toBe('rules');
  });

  it('every rule of the registry has a shipped page at its path', () => {
    for (const { meta } of rules) expect(generated.has(`public/${ruleDocPath(meta.id)}`), meta.id).toBe(true);
  });

  it.each(['', '../options', 'rules/workup-plan', 'Workup-Plan', 'workup plan', 'https://example.org/x', 'x.html?y', '-x', 'x-'])(
    'refuses %j, which is not a rule id',
    (id) => {
      expect(() => ruleDocPath(id)).toThrow(/not a rule id/);
    },
  );

  it('needs the extension runtime; outside it, callers use the path', () => {
    expect(() => ruleDocUrl('workup-plan', null)).toThrow(/ruleDocPath/);
  });
});
