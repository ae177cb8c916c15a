export * from './types.ts';
export { lint } from './lint.ts';
