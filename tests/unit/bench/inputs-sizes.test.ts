import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ADVERSARIAL_LENGTH, adversarialInputs, oneLine, repeatTo } from '../../bench/adversarial.ts';
import { benchPage } from '../../bench/browser.ts';
import { readBuildSizes } from '../../bench/build-sizes.ts';

describe('adversarial inputs', () => {
  const inputs = adversarialInputs('HPI:\nPatient feels weak.\tStrength 4/5.\r\nA/P: R53.1');
  it('are about 100,000 characters each, with distinct ids', () => {
    for (const input of inputs) expect(input.text.length, input.id).toBeGreaterThanOrEqual(ADVERSARIAL_LENGTH - 20);
    for (const input of inputs) expect(input.text.length, input.id).toBeLessThanOrEqual(ADVERSARIAL_LENGTH);
    expect(new Set(inputs.map((i) => i.id)).size).toBe(inputs.length);
  });
  it('cover the cases of issue 4', () => {
    const ids = inputs.map((i) => i.id);
    expect(ids).toEqual(expect.arrayContaining(['digits', 'slashes', 'spaces', 'grades-chain', 'no-no', 'denies', 'terms', 'one-line']));
    expect(inputs.find((i) => i.id === 'grades-chain')!.text.startsWith('4/5/4/5/')).toBe(true);
  });
  it('repeatTo cuts to the exact length and refuses an empty unit', () => {
    expect(repeatTo('abc', 7)).toBe('abcabca');
    expect(() => repeatTo('', 3)).toThrow(RangeError);
  });
  it('oneLine has no line break or tab', () => {
    const line = oneLine('a\nb\r\nc\td', 50);
    expect(line).toHaveLength(50);
    expect(line).not.toMatch(/[\r\n\t]/);
  });
});

describe('benchPage', () => {
  it('holds the note as text in both fields, never as markup', () => {
    const html = benchPage('A/P:\r\n<img src=x onerror=alert(1)> & "quotes"\n\nR53.1');
    expect(html).toContain('id="contenteditable"');
    expect(html).toContain('<textarea id="textarea"');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;');
    expect(html).toContain('<div><br></div>');
  });
});

describe('readBuildSizes', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };

  it('says what is missing when there is no build', () => {
    dir = mkdtempSync(join(tmpdir(), 'bench-sizes-'));
    const result = readBuildSizes(dir);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/manifest\.json.*npm run build/);
  });

  it('sums each entrypoint with the chunks it imports, gzip per file', () => {
    dir = mkdtempSync(join(tmpdir(), 'bench-sizes-'));
    write('manifest.json', JSON.stringify({ content_scripts: [{ js: ['content-scripts/ehr.js'], css: ['content-scripts/ehr.css'] }], background: { service_worker: 'background.js' }, action: { default_popup: 'popup.html' } }));
    write('content-scripts/ehr.js', 'import{a}from"../chunks/shared.js";console.log(a);');
    write('content-scripts/ehr.css', '.x{}');
    write('chunks/shared.js', 'export const a=1;import("./lazy.js");');
    write('chunks/lazy.js', 'export default 2;');
    write('background.js', 'self.onmessage=()=>{};');
    write('popup.html', '<script type="module" src="/chunks/popup.js"></script><link rel="stylesheet" href="/assets/popup.css"><a href="https://example.org">x</a>');
    write('chunks/popup.js', 'import"./shared.js";');
    write('assets/popup.css', 'body{}');
    const result = readBuildSizes(dir);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { contentScript, background, popup } = result.sizes;
    expect(contentScript!.files.map((f) => f.file)).toEqual(['chunks/lazy.js', 'chunks/shared.js', 'content-scripts/ehr.css', 'content-scripts/ehr.js']);
    const gz = (text: string) => gzipSync(text, { level: 9 }).length;
    expect(background).toEqual({ raw: 22, gzip: gz('self.onmessage=()=>{};'), files: [{ file: 'background.js', raw: 22, gzip: gz('self.onmessage=()=>{};') }] });
    expect(popup!.files.map((f) => f.file)).toEqual(['assets/popup.css', 'chunks/lazy.js', 'chunks/popup.js', 'chunks/shared.js', 'popup.html']);
    expect(contentScript!.raw).toBe(contentScript!.files.reduce((s, f) => s + f.raw, 0));
  });
});
