/** Settings: the value and its engine options (`settings.ts`), storage (`store.ts`), origins (`sites.ts`). */
export * from './settings.ts';
export * from './store.ts';
export * from './sites.ts';
export * from './file.ts';
