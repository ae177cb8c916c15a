/**
 * The rule pages the extension ships (public/rules, from npm run docs:rules) open from the
 * extension's own origin under its content security policy: styled by their own stylesheet, with no
 * CSP violation, no request and working links between the index and the pages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleMessage } from 'playwright-core';
import { rules } from '../../src/engine/rules/index.ts';
import { ruleDocUrl } from '../../src/ui/rule-docs.ts';
import { launchWithExtension, type ExtensionBrowser } from './support/browser.ts';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
});

describe('rule pages inside the extension', () => {
  it('every rule page opens at ruleDocUrl, styled, with no CSP violation and no request', async () => {
    const page = await browser.context.newPage();
    const problems: string[] = [];
    page.on('console', (m: ConsoleMessage) => {
      if (m.type() === 'error' || /content security policy/i.test(m.text())) problems.push(`${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`${page.url()}: ${e.message}`));
    const since = browser.requests.length;
    const getUrl = (path: string) => `chrome-extension://${browser.extensionId}/${path}`;
    for (const { meta } of rules) {
      const response = await page.goto(ruleDocUrl(meta.id, getUrl));
      expect(response?.ok(), meta.id).toBe(true);
      expect(await page.locator('h1').textContent()).toBe(meta.id);
      // style.css applied: the page's main column has the stylesheet's width limit.
      expect(await page.locator('main').evaluate((m) => getComputedStyle(m).maxWidth), meta.id).not.toBe('none');
    }
    await page.locator('a', { hasText: 'All rules' }).click();
    await page.waitForURL(/\/rules\/index\.html$/);
    expect(await page.locator('a[href$=".html"]').count()).toBe(rules.length);
    expect(problems).toEqual([]);
    expect(browser.requests.slice(since)).toEqual([]);
    await page.close();
  });
});
