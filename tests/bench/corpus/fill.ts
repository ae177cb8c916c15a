/**
 * Template filling for the generated notes: `{name}` takes a value (or a fresh value from a
 * function) from the note's variables, `[a|b|c]` picks one alternative (which may hold `{name}`
 * slots, filled in turn). Alternatives do not nest, so the regex is linear.
 */
import type { Rng } from '../prng.ts';

export type TemplateValue = string | ((rng: Rng) => string);
export type TemplateVars = Readonly<Record<string, TemplateValue>>;

const SLOT = /\{(\w+)\}|\[([^\]|[]*(?:\|[^\]|[]*)+)\]/g;

export function fill(template: string, vars: TemplateVars, rng: Rng): string {
  return template.replace(SLOT, (_match, name: string | undefined, choices: string | undefined) => {
    if (choices !== undefined) return fill(rng.pick(choices.split('|')), vars, rng);
    const value = vars[name as string];
    if (value === undefined) throw new Error(`template variable {${name}} is not defined`);
    return typeof value === 'function' ? value(rng) : value;
  });
}
