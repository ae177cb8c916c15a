import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { preactWithoutInnerHtml } from './src/ui/build/preact-without-inner-html.ts';

/**
 * Extension pages may load only their own scripts and styles and connect nowhere but themselves:
 * no remote code, no eval, no network. (Inline style attributes are allowed for Preact's `style`.)
 */
const EXTENSION_PAGES_CSP =
  "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; " +
  "connect-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'";

// https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact(), preactWithoutInnerHtml()],
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: 'note-lint',
    description: 'Checks that ICD-10-CM codes are backed by the clinical note and drafts compliant CDI queries. Runs entirely on your machine.',
    /**
     * Permissions, each for one reason:
     * - storage: settings (enabled sites, rule levels, lab ranges, care setting) in storage.local,
     *   and the administrator's pre-enabled sites in storage.managed. Never note text.
     * - contextMenus: "Lint selected note text" on a selection in a read-only note view.
     * Host access comes from the content script's http/https matches; it stays inert on every
     * origin that is not enabled. No tabs, scripting, webRequest or host permissions beyond that.
     */
    permissions: ['storage', 'contextMenus'],
    content_security_policy:
      manifestVersion === 3 ? { extension_pages: EXTENSION_PAGES_CSP } : (EXTENSION_PAGES_CSP as unknown as { extension_pages: string }),
    // Chrome: the schema of managed storage, so administrators can pre-enable EHR origins by policy.
    // Firefox reads managed storage from enterprise policies and does not take this key.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // data_collection_permissions "none": Firefox's built-in consent says nothing is collected.
            gecko: { id: 'note-lint@note-lint.dev', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { storage: { managed_schema: 'managed_schema.json' } }),
  }),
});
