/**
 * Typed access to a custom rule's pack data (lexicon/packs/<pack>/rules.yaml: `params` and `hints`).
 * The codes, numbers, ids and wording a custom rule works with live there, never in its TypeScript;
 * a missing or mistyped entry is an error naming the rule and the entry, so a pack edit that breaks
 * a rule fails its tests instead of silently changing what the rule reports.
 */
import { isIcd10cmCodeOrFamily } from '../../../codes/icd10cm.ts';
import type { RuleContext } from './define-rule.ts';
import { fillTemplate } from './template.ts';

type Data = Readonly<Record<string, string | number>>;

function param(ctx: RuleContext, name: string, what: string, ok: (value: unknown) => boolean): unknown {
  const value = ctx.meta.params[name];
  if (value === undefined) throw new Error(`rule ${ctx.meta.id}: params.${name} is missing (pack ${ctx.meta.pack})`);
  if (!ok(value)) throw new Error(`rule ${ctx.meta.id}: params.${name} must be ${what} (pack ${ctx.meta.pack})`);
  return value;
}

const isCode = (v: unknown): v is string => typeof v === 'string' && isIcd10cmCodeOrFamily(v);

/** One ICD-10-CM code or family ("R54", "G81.9", "G72.-"). */
export function codeParam(ctx: RuleContext, name: string): string {
  return param(ctx, name, 'an ICD-10-CM code or family', isCode) as string;
}

/** A list of ICD-10-CM codes or families. */
export function codesParam(ctx: RuleContext, name: string): string[] {
  return param(ctx, name, 'a list of ICD-10-CM codes or families', (v) => Array.isArray(v) && v.every(isCode)) as string[];
}

export function numberParam(ctx: RuleContext, name: string): number {
  return param(ctx, name, 'a number', (v) => typeof v === 'number' && Number.isFinite(v)) as number;
}

/** A string (an id, a word); `data` fills its `{name}` placeholders when it is wording. */
export function stringParam(ctx: RuleContext, name: string, data?: Data): string {
  const value = param(ctx, name, 'a string', (v) => typeof v === 'string' && v.trim() !== '') as string;
  return data ? fillTemplate(value, data, ctx.meta.id) : value;
}

/** A list of strings (ids of lexicon entries, words). */
export function stringsParam(ctx: RuleContext, name: string): string[] {
  return param(ctx, name, 'a list of strings', (v) => Array.isArray(v) && v.every((s) => typeof s === 'string')) as string[];
}

/**
 * A list of words as one case-insensitive matcher of whole words; a trailing `*` matches any word
 * ending ("hemi*": hemiparesis, hemiplegic).
 */
export function wordsParam(ctx: RuleContext, name: string): RegExp {
  // Built once per rule and entry (a rule asks on every note).
  let byName = wordMatchers.get(ctx.meta);
  if (!byName) wordMatchers.set(ctx.meta, (byName = new Map()));
  let matcher = byName.get(name);
  if (!matcher) byName.set(name, (matcher = buildWordsMatcher(ctx, name)));
  return matcher;
}

const wordMatchers = new WeakMap<RuleContext['meta'], Map<string, RegExp>>();

function buildWordsMatcher(ctx: RuleContext, name: string): RegExp {
  const words = param(ctx, name, 'a list of words', (v) => Array.isArray(v) && v.length > 0 && v.every((s) => typeof s === 'string' && /^[a-z]+\*?$/i.test(s)));
  const alternatives = (words as string[]).map((w) => (w.endsWith('*') ? `${w.slice(0, -1)}\\w*` : w));
  return new RegExp(`\\b(?:${alternatives.join('|')})\\b`, 'i');
}

/** A map of strings by key (a word per code). */
export function recordParam(ctx: RuleContext, name: string): Record<string, string> {
  return param(
    ctx,
    name,
    'a map of strings',
    (v) => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((s) => typeof s === 'string'),
  ) as Record<string, string>;
}

/** The rule's documentation hint `name` (pack data `hints`), placeholders filled; required. */
export function hintText(ctx: RuleContext, name: string, data: Data = {}): string {
  const hint = ctx.meta.hints[name];
  if (hint === undefined) throw new Error(`rule ${ctx.meta.id}: hints.${name} is missing (pack ${ctx.meta.pack})`);
  return fillTemplate(hint, data, ctx.meta.id);
}

/** The hint `name` when the rule's pack data gives one (generic kinds: a pack may leave it out), else null. */
export function optionalHint(ctx: RuleContext, name: string, data: Data = {}): string | null {
  const hint = ctx.meta.hints[name];
  return hint === undefined ? null : fillTemplate(hint, data, ctx.meta.id);
}
