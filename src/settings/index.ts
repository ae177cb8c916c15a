/**
 * Settings: the value and its engine options (`settings.ts`), storage (`store.ts`), origins
 * (`sites.ts`), the settings file (`file.ts`). For extension pages and the background; the content
 * script imports `store.ts` and `sites.ts` directly, because `file.ts` pulls in the config
 * validator with the lexicon and rule registry, which must stay out of the page.
 */
export * from './settings.ts';
export * from './lint-options.ts';
export * from './store.ts';
export * from './sites.ts';
export * from './file.ts';
export * from './display.ts';
export { profileFor, type SiteProfile } from '../config/site-profiles.ts';
