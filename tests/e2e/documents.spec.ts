// The printed pick list end to end in the browser harness: seeded into the data file before the
// harness starts, printed through the HTTP API, opened in its own tab with its own strict policy,
// hostile text shown as text, barcodes drawn, and an A4 PDF whose text has every bin and SKU.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { openCore } from '../../electron/core/app';
import { HOSTILE_NAME, type SeededPickList, seedPickList } from '../integration/documentsSeed';
import { HarnessProcess, expect, test } from './harness';

let dir: string;
let harness: HarnessProcess;
let seeded: SeededPickList;

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'despacho-e2e-docs-'));
  // The picking commands are another step's work; the rows go in directly, before the harness opens the file.
  const core = await openCore({ dataDir: dir, mode: 'web', version: '0.0.0-test' });
  try {
    seeded = await seedPickList(core.db);
  } finally {
    await core.close();
  }
  harness = new HarnessProcess(dir);
  await harness.start();
});

test.afterAll(async () => {
  await harness?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function printPickList(request: APIRequestContext, paper: 'A4' | 'Letter') {
  const app = new URL(harness.url);
  const res = await request.post(`${app.origin}/api/documents.pickList`, {
    headers: { authorization: `Bearer ${app.searchParams.get('token')}` },
    data: { pickListId: seeded.pickListId, paper },
  });
  const envelope = (await res.json()) as { ok: true; value: { url: string; title: string } };
  expect(envelope.ok).toBe(true);
  return { url: new URL(envelope.value.url, app.origin).href, title: envelope.value.title };
}

test('the pick list opens as a sandboxed page with user text as text and barcodes drawn', async ({ page, request }) => {
  const { url, title } = await printPickList(request, 'A4');
  expect(title).toBe('Pick list PL-2026-0001');
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const response = await page.goto(url);
  expect(response!.status()).toBe(200);
  const csp = response!.headers()['content-security-policy']!;
  expect(csp).toMatch(/^default-src 'none'; style-src 'sha256-[^']+'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; sandbox$/);
  expect(csp).not.toContain('script-src');

  await expect(page).toHaveTitle(title);
  // The hostile product name is one cell's literal text; none of its markup became elements.
  await expect(page.locator('td div', { hasText: HOSTILE_NAME })).toHaveCount(1);
  expect(await page.locator('img, script, iframe, object, embed, link').count()).toBe(0);
  expect(dialogs).toEqual([]);
  // Bins in walking order, one barcode per bin and product plus the list's own.
  await expect(page.locator('td > div.code').filter({ hasText: /^[A-C]-0\d-0\d$/ })).toHaveText(seeded.bins);
  await expect(page.locator('svg')).toHaveCount(1 + 2 * seeded.bins.length);
  const box = await page.locator('.barcode svg').first().boundingBox();
  expect(box!.width).toBeGreaterThan(40);
  expect(box!.height).toBeGreaterThan(20);
});

test('a script put into the page is not run (sandbox without allow-scripts, no script-src)', async ({ page, request }) => {
  const { url } = await printPickList(request, 'A4');
  // Playwright's own evaluation goes through DevTools and is not a page script; what the page would
  // run is an element it adds, which the policy must block. An inline script runs synchronously on
  // insertion when allowed, so no waiting is needed (timers do not fire with scripting off).
  const probe = () => {
    const s = document.createElement('script');
    s.textContent = 'window.__pwned = 2';
    document.body.append(s);
    const handler = document.createElement('div');
    handler.setAttribute('onclick', 'window.__pwned = 3');
    document.body.append(handler);
    handler.click();
    return (window as unknown as { __pwned?: number }).__pwned ?? null;
  };
  // The probe works: on a page without the policy, both run.
  await page.setContent('<p>control</p>');
  expect(await page.evaluate(probe)).toBe(3);
  await page.goto(url);
  expect(await page.evaluate(probe)).toBeNull();
});

test('prints to an A4 PDF with every bin and SKU in its text', async ({ page, request }, testInfo) => {
  const { url } = await printPickList(request, 'A4');
  await page.goto(url);
  await page.emulateMedia({ media: 'print' });
  const pdfPath = testInfo.outputPath('pick-list.pdf');
  await page.pdf({ path: pdfPath, format: 'A4', preferCSSPageSize: true, printBackground: true });
  await testInfo.attach('pick-list.pdf', { path: pdfPath, contentType: 'application/pdf' });

  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  for (const code of [...seeded.bins, ...seeded.skus, seeded.number, 'TOTE-01', 'WEB-1002']) expect(text, code).toContain(code);
  expect(text).toContain('<img src=x onerror=alert(1)>');
  expect(text).toMatch(/Page 1 of 1/);
  const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
  expect(info).toMatch(/Page size:.*\(A4\)/);

  const pngBase = testInfo.outputPath('pick-list-page');
  execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', pdfPath, pngBase]);
  const png = `${pngBase}-1.png`;
  await testInfo.attach('pick-list-page-1.png', { body: readFileSync(png), contentType: 'image/png' });
});
