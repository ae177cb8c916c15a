export * from './types.ts';
export { lint } from './lint.ts';
export { LintOptionsError } from './options.ts';
