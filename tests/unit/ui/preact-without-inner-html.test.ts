import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { preactWithoutInnerHtml, RAW_HTML_ERROR, stripInnerHtmlAssignment } from '../../../src/ui/build/preact-without-inner-html.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const preactRuntime = createRequire(import.meta.url).resolve('preact');

describe('preact-without-inner-html', () => {
  it("removes the one innerHTML assignment from Preact's runtime", () => {
    const original = readFileSync(preactRuntime, 'utf8');
    expect(original).toMatch(/\.innerHTML\s*=/);
    const stripped = stripInnerHtmlAssignment(original);
    expect(stripped).not.toMatch(/\.innerHTML\s*=[^=]/);
    expect(stripped).toContain(RAW_HTML_ERROR);
  });

  it('fails the build when the pattern no longer matches', () => {
    expect(() => stripInnerHtmlAssignment('export const x = 1;')).toThrow(/found 0/);
  });

  it('transforms only the Preact runtime', () => {
    const plugin = preactWithoutInnerHtml();
    const transform = plugin.transform as (code: string, id: string) => { code: string } | null;
    expect(transform('a.innerHTML=b.__html', '/x/node_modules/preact/dist/preact.mjs')?.code).toContain(RAW_HTML_ERROR);
    expect(transform('a.innerHTML=b.__html', '/x/src/ui/popup/PopupApp.tsx')).toBeNull();
  });
});

describe('UI sources', () => {
  /** Every file under the UI's folders. */
  function files(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : [path];
    });
  }

  it('never write HTML from strings', () => {
    const sources = ['src/ui', 'entrypoints/popup', 'entrypoints/options']
      .flatMap((dir) => files(join(ROOT, dir)))
      .filter((file) => /\.(?:tsx?|html)$/.test(file) && !file.includes(`${join('src', 'ui', 'build')}`));
    expect(sources.length).toBeGreaterThan(10);
    for (const file of sources) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/dangerouslySetInnerHTML|\.innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function\(/);
    }
  });
});
