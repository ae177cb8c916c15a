// Issue 12, point 4: no ICD-10-CM code in src/ or entrypoints/. Codes, thresholds and wording are pack
// data (lexicon/packs/<pack>/); a custom rule reads them through rules/support/params.ts. This file
// scans the string literals of the TypeScript sources and their comments (a comment that names a code
// is allowed only where COMMENT_CODES_ALLOWED says why) and checks that every custom rule reads exactly
// the params and hints its pack gives.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { rules } from '../../../src/engine/rules/index.ts';
import { ENGINE_WORD_LISTS } from './engine-word-lists.ts';

const root = join(import.meta.dirname, '../../..');

/** A literal that is a code or family ("R54", "M62.81", "G72.-"), or wording that names a dotted one ("e.g. M62.81"). */
const WHOLE_CODE = /^\s*[A-Z]\d[0-9A-Z](?:\.[0-9A-Z]{1,4})?(?:\.?-)?\s*$/;
const DOTTED_CODE = /(?<![A-Za-z0-9])[A-Z]\d[0-9A-Z]\.(?:[0-9A-Z]{1,4}|-)(?![A-Za-z0-9])/;

/** The string literals of a source (quotes, templates, JSX text and attributes), with their lines. */
function stringLiterals(source: string, file: string): { line: number; text: string }[] {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
  const out: { line: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node) ||
      ts.isJsxText(node)
    ) {
      out.push({ line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, text: node.text });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

export function codeLiterals(source: string, file: string): string[] {
  return stringLiterals(source, file)
    .filter((l) => WHOLE_CODE.test(l.text) || DOTTED_CODE.test(l.text))
    .map((l) => `${file}:${l.line}: ${l.text.trim().slice(0, 80)}`);
}

/** The comments of a source (line, block and doc comments), with their lines. */
function comments(source: string, file: string): { line: number; text: string }[] {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
  const seen = new Set<number>();
  const out: { line: number; text: string }[] = [];
  const take = (ranges: ts.CommentRange[] | undefined): void => {
    for (const r of ranges ?? []) {
      if (seen.has(r.pos)) continue;
      seen.add(r.pos);
      out.push({ line: sf.getLineAndCharacterOfPosition(r.pos).line + 1, text: source.slice(r.pos, r.end) });
    }
  };
  // Every token, punctuation included (`getChildren`), so a comment alone in a JSX `{/* ... */}` is seen too.
  const visit = (node: ts.Node): void => {
    take(ts.getLeadingCommentRanges(source, node.getFullStart()));
    take(ts.getTrailingCommentRanges(source, node.getEnd()));
    node.getChildren(sf).forEach(visit);
  };
  visit(sf);
  return out.sort((a, b) => a.line - b.line);
}

/**
 * Dotted codes and families named in comments ("see M62.81", "G72.-"). A bare category ("R54") is not
 * told from a lab or a fluid in prose ("B12", "A1C", "D5W"), so comments are held to dotted codes only.
 */
export function commentCodes(source: string, file: string): string[] {
  return comments(source, file)
    .filter((c) => DOTTED_CODE.test(c.text))
    .map((c) => `${file}:${c.line}: ${DOTTED_CODE.exec(c.text)![0]}`);
}

/**
 * Where a comment may name a code, and why. Everywhere else (the front ends: ui, dom, messaging,
 * background, settings, config, cli, fhir, entrypoints) a comment says what a code is, not which.
 */
const COMMENT_CODES_ALLOWED: Record<string, string> = {
  'src/codes/': 'the one module of the ICD-10-CM code shape: its comments show the format it accepts and refuses, by example',
  'src/lexicon/': 'the schemas document the lexicon data they validate (build time only), with examples from that data',
  'src/engine/':
    'comments explain generic stages with the weakness family they were written for; they decide nothing (the string scan above holds the code) and are reworded as each file is next changed',
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return relative(root, path) === join('src', 'lexicon', 'generated') ? [] : sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the scanner', () => {
  it.each([
    ['a code in quotes', "const c = 'R53.1';"],
    ['a category in double quotes', 'if (code === "R54") return;'],
    ['a family', "refCovers('G72.-', c);"],
    ['a family below a subcategory', 'const f = `M79.1-`;'],
    ['a code in a hint', "const hint = 'Write it as in the tabular, e.g. \"M62.81\".';"],
    ['a code in a template', 'const reason = `listed before U09.9: ${x}`;'],
    ['a JSX attribute', 'const el = <input placeholder="R53.1" />;'],
    ['JSX text', 'const el = <p>Try E87.6 first</p>;'],
  ])('finds %s', (_, source) => {
    expect(codeLiterals(source, 'x.tsx')).toHaveLength(1);
  });

  it.each([
    ['a code in a line comment', "// R53.1 is the weakness code\nconst x = 1;"],
    ['a code in a doc comment', '/** "M62.81" needs graded strength. */\nconst x = 1;'],
    ['a lab name in wording', "const s = 'B12 and A1C were drawn';"],
    ['a block range', "const m = 'a block like R50-R69';"],
    ['an id with a code-like part', "const id = 'objective-weakness-on-r53.1';"],
    ['a dose', "const d = 'KCl 40 mEq, recheck K 3.1';"],
  ])('ignores %s', (_, source) => {
    expect(codeLiterals(source, 'x.tsx')).toEqual([]);
  });

  it.each([
    ['a code in a line comment', '// R53.1 is the weakness code\nconst x = 1;'],
    ['a code in a doc comment', '/** "M62.81" needs graded strength. */\nconst x = 1;'],
    ['a family in a block comment', 'const x = 1; /* G72.- myopathies */'],
    ['a code in a JSX comment', 'const el = <p>{/* E87.6 */}text</p>;'],
  ])('finds in comments %s', (_, source) => {
    expect(commentCodes(source, 'x.tsx')).toHaveLength(1);
  });

  it.each([
    ['a lab in a comment', '// B12 and A1C were drawn\nconst x = 1;'],
    ['a fluid in a comment', '// D5W at 75 mL/h\nconst x = 1;'],
    ['a placeholder', '/** "<code>: Functional impact" */\nconst x = 1;'],
    ['a version number', '// since v2.10.3\nconst x = 1;'],
    ['a code in a string, which the literal scan holds', "const c = 'R53.1';"],
  ])('ignores in comments %s', (_, source) => {
    expect(commentCodes(source, 'x.tsx')).toEqual([]);
  });
});

describe('no clinical literals in code', () => {
  it('no ICD-10-CM code is written in a string of src/ or entrypoints/ (packs hold them: lexicon/packs/<pack>/)', () => {
    const found = [...sources(join(root, 'src')), ...sources(join(root, 'entrypoints'))].flatMap((file) =>
      codeLiterals(readFileSync(file, 'utf8'), relative(root, file)),
    );
    expect(found).toEqual([]);
  });

  it('no comment of src/ or entrypoints/ names a code, but where COMMENT_CODES_ALLOWED says why', () => {
    const found = [...sources(join(root, 'src')), ...sources(join(root, 'entrypoints'))]
      .map((file) => relative(root, file).split('\\').join('/'))
      .filter((file) => !Object.keys(COMMENT_CODES_ALLOWED).some((prefix) => file.startsWith(prefix)))
      .flatMap((file) => commentCodes(readFileSync(join(root, file), 'utf8'), file));
    expect(found).toEqual([]);
  });
});

/** Names a custom rule reads: the second argument of `xxxParam(ctx, ...)` and `hintText(ctx, ...)` (a ternary counts both). */
function namesRead(source: string, file: string): { params: Set<string>; hints: Set<string> } {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const params = new Set<string>();
  const hints = new Set<string>();
  const literalsIn = (node: ts.Node, into: Set<string>): void => {
    if (ts.isStringLiteral(node)) into.add(node.text);
    else if (ts.isConditionalExpression(node)) [node.whenTrue, node.whenFalse].forEach((n) => literalsIn(n, into));
    else if (ts.isParenthesizedExpression(node)) literalsIn(node.expression, into);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.arguments[1]) {
      const name = node.expression.text;
      if (/^[a-z]+Param$/.test(name)) literalsIn(node.arguments[1], params);
      if (name === 'hintText') literalsIn(node.arguments[1], hints);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { params, hints };
}

describe('custom rules read their pack data', () => {
  for (const rule of rules.filter((r) => r.meta.ruleKind === 'custom')) {
    it(`${rule.meta.id}: reads every param and hint its pack gives, and only those`, () => {
      const file = `src/engine/rules/custom/${rule.meta.id}.ts`;
      const read = namesRead(readFileSync(join(root, file), 'utf8'), file);
      expect([...read.params].sort(), `${file} params`).toEqual(Object.keys(rule.meta.params).sort());
      expect([...read.hints].sort(), `${file} hints`).toEqual(Object.keys(rule.meta.hints).sort());
    });
  }
});

// Issue 12, point 4: no clinical word list in the engine. A list of three or more lower-case words (an
// array, a Set or Map built from one, or a regular expression alternating words) is either lexicon data
// or grammar listed in engine-word-lists.ts with its reason. Lists typed by a closed vocabulary
// (`readonly FindingType[]`, `new Set<LabSpecimen>(...)`, `as const`) are declarations the type
// checker holds to the schema's values, not word lists.

const WORD = /^[a-z][a-z0-9'-]*(?: [a-z0-9'-]+)*$/;
/** A type written with no other type than strings and containers (`readonly string[][]`, `Set<string>`). */
const STRING_TYPE = /^(?:[\s<>[\](),|]|readonly|string|number|boolean|(?:Readonly)?(?:Set|Map|Array)|Record)*$/;

/** The declaration a list is written in: `<variable>`, `<property>` or `<function>`. */
function ownerOf(node: ts.Node): ts.Node | undefined {
  for (let p: ts.Node | undefined = node; p; p = p.parent) {
    if ((ts.isVariableDeclaration(p) || ts.isFunctionDeclaration(p) || ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p)) && p.name && ts.isIdentifier(p.name)) return p;
  }
  return undefined;
}

/** Typed by a closed vocabulary: an `as const`, a non-string type argument, or a declaration typed otherwise than string. */
function closedVocabulary(node: ts.Node): boolean {
  for (let p: ts.Node | undefined = node.parent; p && !ts.isStatement(p); p = p.parent) {
    if (ts.isAsExpression(p) && p.type.getText() === 'const') return true;
    if (ts.isNewExpression(p) && p.typeArguments?.some((t) => t.kind !== ts.SyntaxKind.StringKeyword)) return true;
    if (ts.isVariableDeclaration(p) && p.type && !STRING_TYPE.test(p.type.getText())) return true;
  }
  return false;
}

/** The word lists of a source, as `<file>#<declaration>` with their words. */
export function wordLists(source: string, file: string): Map<string, string[]> {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const lists = new Map<string, string[]>();
  const visit = (node: ts.Node): void => {
    let words: string[] = [];
    if (ts.isArrayLiteralExpression(node) && !closedVocabulary(node)) {
      words = node.elements.filter((e): e is ts.StringLiteral => ts.isStringLiteral(e) && WORD.test(e.text)).map((e) => e.text);
    } else if (ts.isRegularExpressionLiteral(node)) {
      const body = node.text.slice(1, node.text.lastIndexOf('/'));
      if (body.includes('|')) words = body.split(/[|()?:^$\\[\]{}*+]/).filter((w) => /^[a-z]{3,}$/i.test(w));
    }
    if (words.length >= 3) {
      const owner = ownerOf(node);
      const name = owner && 'name' in owner && owner.name && ts.isIdentifier(owner.name as ts.Node) ? (owner.name as ts.Identifier).text : '(module)';
      const key = `${file}#${name}`;
      lists.set(key, [...(lists.get(key) ?? []), ...words]);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return lists;
}

describe('the word-list scanner', () => {
  it.each([
    ['a Set of words', "const SCALES = new Set(['pain', 'reflex', 'edema']);", 'x.ts#SCALES'],
    ['an array of words', "const LIMBS = ['upper', 'lower', 'side'];", 'x.ts#LIMBS'],
    ['a list inside a function', "function f() { return ['fever', 'febrile', 'afebrile'].includes(w); }", 'x.ts#f'],
    ['phrases typed as lists of strings', "const LABELS: readonly (readonly string[])[] = [['date', 'of', 'service']];", 'x.ts#LABELS'],
    ['a regular expression of words', 'const RE = /(?:hemolyzed|clotted|pending)/i;', 'x.ts#RE'],
    ['a typed-as-string list', "const WORDS: readonly string[] = ['serum', 'plasma', 'blood'];", 'x.ts#WORDS'],
  ])('finds %s', (_, source, key) => {
    expect([...wordLists(source, 'x.ts').keys()]).toEqual([key]);
  });

  it.each([
    ['two words', "const S = new Set(['upper', 'lower']);"],
    ['punctuation', "const P = new Set([',', ';', '|', ')']);"],
    ['a closed vocabulary typed by the schema', "const C: readonly AssertionCategory[] = ['negated', 'uncertain', 'historical'];"],
    ['a typed Set', "const U = new Set<LabSpecimen>(['hemolyzed', 'clotted', 'pending']);"],
    ['an as-const vocabulary', "const V = ['mild', 'moderate', 'severe'] as const;"],
    ['words in a comment', "// pain, reflex, edema, murmur\nconst x = 1;"],
    ['capitalised labels', "const L = ['Physical exam', 'History', 'Labs'];"],
    ['a regular expression of units only two long', 'const RE = /(?:mg|ml)/;'],
  ])('ignores %s', (_, source) => {
    expect([...wordLists(source, 'x.ts').keys()]).toEqual([]);
  });
});

describe('no clinical word list in the engine', () => {
  const found = new Map(sources(join(root, 'src', 'engine')).flatMap((file) => [...wordLists(readFileSync(file, 'utf8'), relative(root, file))]));

  it('every word list in src/engine is grammar listed with its reason (tests/unit/rules/engine-word-lists.ts), else lexicon data', () => {
    const unlisted = [...found].filter(([key]) => !(key in ENGINE_WORD_LISTS)).map(([key, words]) => `${key}: ${words.slice(0, 8).join(', ')}`);
    expect(unlisted).toEqual([]);
  });

  it('every listed word list still exists (a list moved to the lexicon leaves the table)', () => {
    expect(Object.keys(ENGINE_WORD_LISTS).filter((key) => !found.has(key))).toEqual([]);
  });

  it('every listed word list gives its reason', () => {
    expect(Object.entries(ENGINE_WORD_LISTS).filter(([, reason]) => reason.trim().length < 10)).toEqual([]);
  });
});
