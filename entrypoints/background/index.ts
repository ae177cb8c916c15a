/**
 * Background entrypoint: everything it does lives in src/background/ (the router, the request
 * handlers, per-tab state); this only starts it in the browser's background context.
 */
import { startBackground } from '../../src/background/service.ts';

export default defineBackground(() => startBackground());
