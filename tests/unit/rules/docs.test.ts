// Meta-tests of the rules catalogue, read from the repository (docs/rules, public/rules): it is what
// the generator makes of today's rules, every rule has its page, every message of every rule is
// printed by one of its own test cases, and every rule is silent when switched off.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { HTML_DIR, MARKDOWN_DIR, ROOT, lintCase, loadRuleCases, packCases, renderCatalogue } from '../../../scripts/rule-docs/catalogue.ts';
import { citation } from '../../../scripts/rule-docs/sources.ts';
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

describe('citation: sources as a reader cites them', () => {
  it.each([
    ['ICD-10-CM Official Guidelines FY2026 Section I.B.5', 'ICD-10-CM Official Guidelines for Coding and Reporting FY2026, Section I.B.5'],
    ['ICD-10-CM FY2026 tabular: R53.1 Excludes1 sarcopenia (M62.84)', 'ICD-10-CM Tabular List, FY2026: R53.1 Excludes1 sarcopenia (M62.84)'],
    ['ICD-10-CM FY2026 tabular Excludes1 notes (lexicon/codes)', 'ICD-10-CM Tabular List, FY2026: Excludes1 notes'],
    ['ICD-10-CM FY2026 tabular: R53-R54, M62.8 (excerpts)', 'ICD-10-CM Tabular List, FY2026: R53-R54, M62.8'],
    ['ACDIS/AHIMA Guidelines for Achieving a Compliant Query Practice (2022 update)', 'ACDIS/AHIMA Guidelines for Achieving a Compliant Query Practice (2022 update)'],
    ['Katz MA. N Engl J Med 1973;289:843-4 (sodium falls 1.6 mmol/L per 100 mg/dL)', 'Katz MA. N Engl J Med 1973;289:843-4 (sodium falls 1.6 mmol/L per 100 mg/dL)'],
    ['Adrogue HJ, Madias NE. Hypernatremia. N Engl J Med 2000;342:1493-9', 'Adrogue HJ, Madias NE. Hypernatremia. N Engl J Med 2000;342:1493-9'],
  ])('%s', (source, cited) => {
    expect(citation(source)).toBe(cited);
  });

  it('names a seed article by its title and marks it as not official', () => {
    const cited = citation("seed 001 (serum potassium < 3.5 mEq/L; the seed's E87.5 is hyperkalemia)");
    expect(cited).toMatch(/^Industry article \(not an official coding source\): "ICD-10 Coding for Generalized Weakness/);
    expect(cited).toContain("the article's E87.5");
    expect(cited).not.toMatch(/\bseed\b/i);
  });

  it('drops references to the rulebook file', () => {
    expect(citation('rules.md: workup-plan')).toBeNull();
  });

  it.each([
    ['seed 009 (an article nobody knows)', /unknown seed 009/],
    ['see the wiki', /unknown form/],
    ['Smith J says so', /unknown form/],
    ['ICD-10-CM FY2026 tabular: see ../shared/reference/icd10cm/excerpt_2026-04_M62.xml', /internal reference/],
  ])('refuses %j', (source, error) => {
    expect(() => citation(source)).toThrow(error);
  });
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
