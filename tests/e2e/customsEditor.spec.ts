// The customs document editor end to end in Chromium: an order packed through the API, a company
// profile, a commercial invoice created in the core; on the editor a quantity changes the total
// live, autosave keeps it across a reload, rows are added, duplicated, moved and removed from the
// keyboard, a save overtaken by another window is refused and what was typed is offered back, a
// problem link puts the cursor in its field, finalising with a written override gives the number,
// and amending opens version 2. The preview shows the consignee's hostile name as plain text.
import { type Locator, type Page, expect } from '@playwright/test';
import { cleanOrder, withConsignee } from '../unit/support/orders';
import { COMPANY, packedOrders } from './customsSetup';
import { test } from './harness';

/** Markup, quotes, right-to-left and CJK text: on the printed page it must be text, nothing else. */
const HOSTILE = `<script>alert(1)</script> "Zoë" O'Brien שלום 王小明`;

/** An items table cell: text while its row rests, an input while the row is being edited. */
const cell = (page: Page, path: string): Locator => page.locator(`[id="${path}"]`);
const input = (page: Page, path: string): Locator => page.locator(`input[id="${path}"]`);
/** What a cell holds, whichever it is drawn as. */
const expectCell = (page: Page, path: string, value: string) =>
  expect.poll(() => cell(page, path).evaluate((el) => (el instanceof HTMLInputElement ? el.value : el.textContent))).toBe(value);
/** Clicking a resting cell puts its row into editing with the cursor in that cell; then type over it. */
async function edit(page: Page, path: string, value: string) {
  await cell(page, path).click();
  await expect(input(page, path)).toBeFocused();
  await input(page, path).fill(value);
}
/** After typing (the header says "unsaved" at once), the autosave has landed. */
const saved = (page: Page) => expect(page.locator('[data-save-state="saved"]')).toBeVisible();

test('a broker edits, autosaves, fixes from a problem link, finalises, amends and previews a commercial invoice', async ({ page, harness }) => {
  test.setTimeout(240_000);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const [orderId] = await packedOrders(harness, [withConsignee({ name: HOSTILE }, cleanOrder({ orderNumber: 'ED-1' }))]);
  await harness.call('company.update', COMPANY);
  const { id } = (await harness.call('customs.create', { type: 'invoice', orderIds: [orderId], lang: 'en' })) as { id: number };

  await page.goto(`${harness.url}#/customs/documents/${id}`);
  // The first opening also loads the app; on a busy machine that takes a while.
  await expect(page.getByRole('heading', { name: 'Commercial invoice (draft, no number yet)' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('link', { name: 'ED-1' })).toHaveAttribute('href', `#/orders/${orderId}`);

  // A quantity changes the row's value and the total as it is typed (1 x 29.99 + 2 x 9.99 before).
  const total = page.getByRole('region', { name: 'Totals' }).locator('[data-total="total"]');
  await expect(total).toHaveText('$49.97');
  await edit(page, 'items.0.quantity', '3');
  await expect(page.getByRole('cell', { name: 'Value, Item 1' })).toHaveText('$89.97');
  await expect(total).toHaveText('$109.95');
  await saved(page);
  // Autosave kept it: a reload reads it back from the database.
  await page.reload();
  await expectCell(page, 'items.0.quantity', '3');
  await expect(total).toHaveText('$109.95');

  // Tab walks the cells, from the end of one row into the next and back.
  await cell(page, 'items.0.netKg').click();
  await page.keyboard.press('Tab');
  await expect(input(page, 'items.1.sku')).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(input(page, 'items.0.netKg')).toBeFocused();

  // Rows from the keyboard: duplicate item 2, move the copy up, remove it, undo, remove it again.
  await cell(page, 'items.1.sku').focus();
  await page.keyboard.press('Control+d');
  await expectCell(page, 'items.2.sku', 'UG-CBL-C2');
  await expect(input(page, 'items.2.sku')).toBeFocused();
  await expect(total).toHaveText('$129.93');
  await page.keyboard.press('Alt+ArrowUp');
  await expect(input(page, 'items.1.sku')).toBeFocused();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(input(page, 'items.0.sku')).toBeFocused();
  await expectCell(page, 'items.0.sku', 'UG-CBL-C2');
  await expectCell(page, 'items.1.sku', 'XM-BUDS5');
  await page.keyboard.press('Control+Delete');
  await expect(cell(page, 'items.2.sku')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expectCell(page, 'items.0.sku', 'UG-CBL-C2');
  await cell(page, 'items.0.sku').focus();
  await page.keyboard.press('Control+Delete');
  await expectCell(page, 'items.0.sku', 'XM-BUDS5');
  await expect(input(page, 'items.0.sku')).toBeFocused();
  await page.keyboard.press('Control+Enter');
  await expect(input(page, 'items.1.sku')).toBeFocused();
  await expectCell(page, 'items.2.sku', 'UG-CBL-C2');
  await page.keyboard.press('Control+Delete');
  await expect(total).toHaveText('$109.95');

  // Another window saves first: this window's next save is refused, never written over it.
  const current = (await harness.call('customs.get', { id })) as { revision: number; data: Record<string, unknown> };
  await harness.call('customs.saveDraft', { id, revision: current.revision, content: { type: 'invoice', data: { ...current.data, carrier: 'Other window' } } });
  await page.getByLabel('Payment terms').fill('30 days net');
  await expect(page.getByRole('alert').filter({ hasText: 'Another window changed this document' })).toBeVisible();
  await page.getByRole('button', { name: 'Reload the document' }).click();
  await expect(page.getByLabel('Carrier')).toHaveValue('Other window');
  // What was typed here was kept on this computer and is offered back.
  const offer = page.getByRole('alert').filter({ hasText: 'Unsaved changes found' });
  await expect(offer).toContainText('The document was saved from another window after that');
  await offer.getByRole('button', { name: 'Restore my changes' }).click();
  await expect(page.getByLabel('Payment terms')).toHaveValue('30 days net');
  await saved(page);

  // A problem link puts the cursor in its field; fixing the field clears the problem.
  const problems = page.getByRole('region', { name: 'Problems' });
  const short = problems.getByRole('link', { name: /^Item 1: the HS code 851830/ });
  await short.click();
  await expect(input(page, 'items.0.hsCode')).toBeFocused();
  await input(page, 'items.0.hsCode').fill('8518300000');
  await saved(page);
  await expect(short).toHaveCount(0);

  // Finalising asks a reason for the mismatch left (item 2's short HS code) and gives the number.
  await page.getByRole('button', { name: 'Finalise…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Finalise the document' });
  await expect(dialog.getByRole('link', { name: /^Item 2: the HS code 854442/ })).toBeVisible();
  await dialog.getByRole('button', { name: 'Accept 1 mismatch and finalise' }).click();
  await expect(dialog.getByText('Write the reason, or fix the mismatch.')).toBeVisible();
  await dialog.getByLabel('Why you accept mismatch 1').fill('The US importer declares the 10-digit line; 6 digits agreed with the buyer.');
  await dialog.getByRole('button', { name: 'Accept 1 mismatch and finalise' }).click();
  await expect(dialog.getByText(/^The document is final with number INV-\d{4}-\d{6}\.$/)).toBeVisible();
  const number = /INV-\d{4}-\d{6}/.exec((await dialog.getByText(/^The document is final/).textContent()) ?? '')![0];
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('heading', { name: `Commercial invoice ${number}` })).toBeVisible();
  await expect(page.getByLabel('Order reference')).toBeDisabled();
  await cell(page, 'items.0.quantity').click();
  await expect(input(page, 'items.0.quantity')).toHaveCount(0);

  // The preview shows the document as printed: the hostile name is text, nothing ran.
  const frame = page.locator('iframe[title^="Preview of"]');
  await expect(frame).toHaveAttribute('sandbox', '');
  const preview = page.frameLocator('iframe[title^="Preview of"]');
  await expect(preview.locator('body')).toContainText(number);
  await expect(preview.locator('body')).toContainText(HOSTILE);
  await expect(preview.locator('script')).toHaveCount(0);

  // Amending opens version 2 as a draft; version 1 stays final and linked.
  await page.getByRole('button', { name: 'Amend (new version)' }).click();
  await expect(page).not.toHaveURL(new RegExp(`#/customs/documents/${id}$`));
  // The new version keeps the document's number; it is a draft until finalised again.
  await expect(page.getByRole('heading', { name: `Commercial invoice ${number}` })).toBeVisible();
  await expect(page.getByText('Draft', { exact: true }).first()).toBeVisible();
  const versions = page.getByRole('navigation', { name: 'Versions' });
  await expect(versions.getByText('Version 2')).toHaveAttribute('aria-current', 'page');
  await expect(versions.getByRole('link', { name: 'Version 1' })).toHaveAttribute('href', `#/customs/documents/${id}`);
  await expect(page.getByLabel('Order reference')).toBeEnabled();
  await expectCell(page, 'items.0.quantity', '3');

  // Finalising version 2 replaces version 1, which stays readable and says by what.
  await edit(page, 'items.1.hsCode', '8544429000');
  await saved(page);
  await page.getByRole('button', { name: 'Finalise…' }).click();
  await dialog.getByRole('button', { name: 'Finalise', exact: true }).click();
  await expect(dialog.getByText(`The document is final with number ${number}.`)).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await versions.getByRole('link', { name: 'Version 1' }).click();
  await expect(page.getByRole('link', { name: 'Replaced by version 2. This version stays readable and printable.' })).toBeVisible();
  await expect(page.getByText('Replaced', { exact: true }).first()).toBeVisible();
  await expectCell(page, 'items.0.hsCode', '8518300000');
  await expect(page.getByLabel('Order reference')).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Print / Save as PDF' })).toBeEnabled();
  expect(dialogs).toEqual([]);
});
