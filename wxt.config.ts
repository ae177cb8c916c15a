import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: 'note-lint',
    description: 'Checks that ICD-10-CM weakness and fatigue codes are backed by the note. Runs entirely on your machine.',
    permissions: ['storage'],
  },
});
