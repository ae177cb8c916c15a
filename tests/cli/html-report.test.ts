/**
 * The HTML report opened in real Chromium (Debian's /usr/bin/chromium through playwright-core):
 * it renders offline, runs only its own inline script (allowed by hash), makes no request, keeps
 * hostile note text inert, and shows the summary with its charts, the worklist (filtered and sorted
 * by that script), each note, its codes and its highlights.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBuilt, FHIR_FIXTURES, removeTempDirs, runCli, tempDir } from './helpers.ts';

const dir = tempDir('html');
let context: BrowserContext;
let page: Page;
const requests: string[] = [];
const consoleMessages: string[] = [];
let exitCode: number | null;

beforeAll(async () => {
  ensureCliBuilt();
  const run = await runCli(['--format', 'html', '--code', 'M62.81', 'feels-weak.txt', 'hostile-markup.txt', 'no-weakness.txt', join(FHIR_FIXTURES, 'bundle-synthea.json')]);
  exitCode = run.code;
  const file = join(dir, 'report.html');
  writeFileSync(file, run.stdout);
  context = await chromium.launchPersistentContext(tempDir('chromium-profile'), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = await context.newPage();
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => consoleMessages.push(message.text()));
  await page.setViewportSize({ width: 1280, height: 2000 });
  await page.goto(pathToFileURL(file).href);
  await page.screenshot({ path: '/tmp/note-lint-html-report.png' });
}, 120_000);

afterAll(async () => {
  await context?.close();
  removeTempDirs();
});

describe('HTML report in Chromium', () => {
  it('comes from a run that reported the unreadable PDF note (exit 2)', () => {
    expect(exitCode).toBe(2);
  });

  it('loads nothing but itself and logs nothing', () => {
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatch(/^file:.*report\.html$/);
    expect(consoleMessages).toEqual([]);
  });

  it('has only its own inline script, no image or external element, even with hostile note text', async () => {
    const counts = await page.evaluate(() => ({
      scripts: [...document.querySelectorAll('script')].map((script) => script.hasAttribute('src')),
      images: document.querySelectorAll('img').length,
      external: document.querySelectorAll('link, iframe, object, embed').length,
      links: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
    }));
    expect(counts.scripts).toEqual([false]);
    expect(counts.images).toBe(0);
    expect(counts.external).toBe(0);
    for (const href of counts.links) expect(href).toMatch(/^#note-\d+$/);
    const hostile = await page.locator('article.note', { hasText: 'Note with markup' }).locator('.note-text').textContent();
    expect(hostile).toContain('<img src=x onerror=alert(1)>');
    expect(hostile).toContain('</script><script>alert(2)</script>');
  });

  it('draws its charts as inline SVG', async () => {
    const charts = await page.locator('.chart figcaption').allTextContents();
    expect(charts).toEqual(['Notes by status', 'Notes with documentation gaps, by pack', 'Notes with documentation gaps, by rule', 'Query opportunities, by condition']);
    const status = await page.locator('#chart-status g.bar').evaluateAll((bars) => bars.map((g) => [g.getAttribute('data-label'), Number(g.getAttribute('data-value'))]));
    expect(status.find(([label]) => label === 'unreadable')).toEqual(['unreadable', 1]);
    expect(status.reduce((sum, [, value]) => sum + (value as number), 0)).toBe(6);
  });

  it('filters and sorts the worklist with its own script, under its content security policy', async () => {
    const rows = page.locator('#worklist tbody tr');
    expect(await rows.count()).toBe(6);
    await page.locator('#worklist-filters').waitFor();
    await page.selectOption('#worklist-filters select[name=status]', 'unreadable');
    expect(await page.locator('#worklist tbody tr:not([hidden])').count()).toBe(1);
    expect(await page.locator('#worklist-shown').textContent()).toBe('1 of 6 notes shown');
    expect(await page.locator('article.note:not([hidden])').count()).toBe(1);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.locator('#worklist-shown', { hasText: '6 of 6 notes shown' }).waitFor();
    await page.locator('#worklist th button[data-sort="problems"]').click();
    await page.locator('#worklist th button[data-sort="problems"]').click();
    const problems = await page.locator('#worklist tbody tr').evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-problems'))));
    expect(problems).toEqual([...problems].sort((a, b) => b - a));
    // A blocked script or a policy violation would have been logged.
    expect(consoleMessages).toEqual([]);
  });

  it('shows the summary totals', async () => {
    const totals = await page.evaluate(() =>
      Object.fromEntries([...document.querySelectorAll('[data-total]')].map((el) => [el.getAttribute('data-total'), Number(el.textContent)])),
    );
    expect(totals).toMatchObject({ notes: 5, 'unreadable inputs': 1 });
    expect(await page.locator('#summary h3').allTextContents()).toEqual(['Diagnostics by rule', 'Codes', 'Top gaps']);
  });

  it('shows one article per note, with the note text, codes, and the unreadable one with its reason', async () => {
    const articles = page.locator('article.note');
    expect(await articles.count()).toBe(6);
    expect(await articles.locator('h2').allTextContents()).toEqual([
      'feels-weak.txt',
      'hostile-markup.txt',
      'no-weakness.txt',
      expect.stringMatching(/bundle-synthea\.json \(DocumentReference\/4d5e6f70-8192-4a3b-9c4d-5e6f70819201, Patient\/.+, Encounter\/.+\)/),
      expect.stringMatching(/DocumentReference\/4d5e6f70-8192-4a3b-9c4d-5e6f70819202/),
      expect.stringMatching(/DocumentReference\/4d5e6f70-8192-4a3b-9c4d-5e6f70819203/),
    ]);
    expect(await articles.nth(0).locator('.note-text').textContent()).toBe('Patient feels weak.\n');
    expect(await page.locator('article.unreadable .error').textContent()).toMatch(/unsupported content type application\/pdf/);
  });

  it('highlights diagnostics in the note text and lists them with their rule ids', async () => {
    const first = page.locator('article.note').nth(0);
    expect(await first.locator('.codes code').allTextContents()).toContain('M62.81');
    expect(await first.locator('mark.error').count()).toBeGreaterThan(0);
    expect(await first.locator('li.diagnostic[data-rule="objective-strength-required"]').count()).toBe(1);
    expect(await page.locator('table.by-rule code').allTextContents()).toContain('objective-strength-required');
  });

  it('shows the evidence checklist of the chosen code and the query drafts', async () => {
    const first = page.locator('article.note').nth(0);
    const checklist = first.locator('.checklist', { hasText: 'M62.81' });
    expect(await checklist.count()).toBe(1);
    expect(await checklist.locator('li.missing').count()).toBeGreaterThan(0);
    expect(await first.locator('figure.query pre').count()).toBeGreaterThan(0);
    expect(await first.locator('figure.query pre').first().textContent()).toMatch(/\S/);
  });
});
