// Step 4's customs documents page end to end in Chromium: two orders to two consignees packed
// through the API; the page lists them waiting with the documents their destination asks for; the
// core refuses one document for both and the page says which order differs; "Create all needed"
// makes every missing document for one order; the documents table lists them as drafts; the order
// page's panel shows them with their status, what is required and what is still missing; once
// they are final the order is ready to declare and leaves the waiting list.
import { type Page, expect } from '@playwright/test';
import { cleanOrder, line, withConsignee } from '../unit/support/orders';
import { COMPANY, packedOrders } from './customsSetup';
import { test } from './harness';

/** US entries and China's export declaration want 10-digit tariff codes: with them the drafts can be finalised as built. */
const usOrder = (orderNumber: string) =>
  cleanOrder({
    orderNumber,
    lines: [
      line({ hsCode: '8518300000' }),
      line({
        sku: 'UG-CBL-C2',
        description: 'USB-C charging cable, 2 m',
        brand: 'Ugreen',
        model: 'US557',
        quantity: '2',
        unitPrice: '9.99',
        hsCode: '8544420000',
      }),
    ],
  });

const waitingRow = (page: Page, orderNumber: string) =>
  page.getByRole('table', { name: 'Packed orders waiting for documents' }).getByRole('row').filter({ hasText: orderNumber });

test('packed orders wait for documents; all needed are created for one, listed, and shown on its order page', async ({ page, harness }) => {
  test.setTimeout(180_000);
  const [first] = await packedOrders(harness, [
    usOrder('CD-1'),
    withConsignee({ name: 'Marcus Reed', address1: '12 Harbor Street', city: 'Portland', state: 'OR', postalCode: '97201' }, usOrder('CD-2')),
  ]);
  await harness.call('company.update', COMPANY);

  await page.goto(`${harness.url}#/declarations`);
  await expect(page.getByRole('heading', { name: 'Customs documents', level: 2 })).toBeVisible();
  await expect(page.getByText('2 packed orders')).toBeVisible();
  // Express shipments need the declaration, the invoice and the packing list; none exists yet.
  for (const n of ['CD-1', 'CD-2']) {
    const row = waitingRow(page, n);
    await expect(row).toContainText('Express courier');
    await expect(row).toContainText('Export customs declaration');
    await expect(row).toContainText('Commercial invoice');
    await expect(row).toContainText('Packing list');
  }
  await expect(page.getByRole('region', { name: 'Documents', exact: true })).toContainText('No documents yet.');

  // One document for two consignees is refused, and the page says which order differs.
  await page.getByRole('checkbox', { name: 'Select all orders on this page' }).check();
  await expect(page.getByText('2 orders selected')).toBeVisible();
  await page.getByRole('button', { name: /^Create document/ }).click();
  await page.getByRole('menuitem', { name: 'Commercial invoice' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: 'The document was not created' });
  await expect(refusal).toContainText('CD-2');
  await refusal.getByRole('button', { name: 'Close' }).click();
  await expect(refusal).toHaveCount(0);

  // Every needed document for CD-1, in Spanish; the first one opens.
  await page.getByRole('button', { name: 'Clear selection' }).click();
  await page.getByRole('checkbox', { name: 'Select order CD-1' }).check();
  await page.getByRole('textbox', { name: 'Document language' }).click();
  await page.getByRole('option', { name: 'Spanish' }).click();
  await page.getByRole('button', { name: 'Create all needed' }).click();
  await expect(page.getByText('3 documents created as drafts.')).toBeVisible();
  await expect(page).toHaveURL(/#\/customs\/documents\/\d+$/);

  // Back on the page: CD-1's documents are drafts under way, CD-2 still lacks everything.
  await page.goto(`${harness.url}#/declarations`);
  await expect(waitingRow(page, 'CD-1')).toContainText('Commercial invoice (draft)');
  await expect(waitingRow(page, 'CD-2')).not.toContainText('(draft)');
  const documents = page.getByRole('table', { name: 'Customs documents' });
  await expect(documents.getByRole('row').filter({ hasText: 'CD-1' })).toHaveCount(3);
  for (const type of ['Export customs declaration', 'Commercial invoice', 'Packing list']) {
    const row = documents.getByRole('row').filter({ hasText: type });
    await expect(row).toContainText('Draft');
    await expect(row).toContainText('v1');
    await expect(row).toContainText('Emily Carter');
  }
  // Filters: no final document yet; the invoice alone by type; the other order finds nothing.
  await page.getByRole('textbox', { name: 'Document status' }).click();
  await page.getByRole('option', { name: 'Final' }).click();
  await expect(page.getByText('No document matches these filters.')).toBeVisible();
  await page.getByRole('textbox', { name: 'Document status' }).click();
  await page.getByRole('option', { name: 'All statuses' }).click();
  await page.getByRole('textbox', { name: 'Document type' }).click();
  await page.getByRole('option', { name: 'Commercial invoice' }).click();
  await expect(documents.getByRole('row')).toHaveCount(2);
  await page.getByRole('searchbox', { name: 'Search documents' }).fill('CD-2');
  await expect(page.getByText('No document matches these filters.')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search documents' }).fill('CD-1');
  await expect(documents.getByRole('row')).toHaveCount(2);

  // A row opens its document.
  await documents.getByRole('row').filter({ hasText: 'Commercial invoice' }).click();
  await expect(page).toHaveURL(/#\/customs\/documents\/\d+$/);

  // The order page lists CD-1's documents with their status; all three are required and missing (not final).
  await page.goto(`${harness.url}#/orders/${first}`);
  const panel = page.getByRole('region', { name: 'Customs documents' });
  await expect(panel).toContainText('Documents missing');
  for (const type of ['Export customs declaration', 'Commercial invoice', 'Packing list']) {
    await expect(panel.getByText(`${type} — draft under way`)).toBeVisible();
    const row = panel.getByRole('row').filter({ hasText: type });
    await expect(row).toContainText('Draft');
    await expect(row.getByRole('link', { name: `Open ${type} Draft` })).toBeVisible();
  }
  // Drafts are finished in the editor, not made twice: no create button for them; the contract can still be added.
  await expect(panel.getByRole('button', { name: /^Create / })).toHaveCount(0);
  await panel.getByRole('button', { name: /^Another document/ }).click();
  await expect(page.getByRole('menuitem')).toHaveText(['Sales contract', 'CN 22 / CN 23']);

  await page.keyboard.press('Escape');

  // Finalised (the editor's work, done here through the commands), the three make CD-1 ready to declare.
  const ids = ((await harness.call('customs.orderDocuments', { orderId: first })) as { documents: { id: number }[] }).documents.map((d) => d.id);
  for (const id of ids) {
    const { revision } = (await harness.call('customs.get', { id })) as { revision: number };
    await harness.call('customs.finalise', { id, revision });
  }
  await expect(panel).toContainText('Ready to declare');
  // The order's own status badge, beside its title (the history below says it too).
  await expect(page.getByText('Documents ready', { exact: true }).first()).toBeVisible();
  for (const [type, number] of [
    ['Export customs declaration', /DEC-\d{4}-\d+/],
    ['Commercial invoice', /INV-\d{4}-\d+/],
    ['Packing list', /PL-\d{4}-\d+/],
  ] as const) {
    await expect(panel.getByText(`${type} ✓`)).toBeVisible();
    const row = panel.getByRole('row').filter({ hasText: type });
    await expect(row).toContainText('Final');
    await expect(row).toContainText(number);
  }
  await page.goto(`${harness.url}#/declarations`);
  await expect(page.getByText('1 packed order', { exact: true })).toBeVisible();
  await expect(waitingRow(page, 'CD-1')).toHaveCount(0);
  await page.getByRole('textbox', { name: 'Document status' }).click();
  await page.getByRole('option', { name: 'Final' }).click();
  await expect(documents.getByRole('row').filter({ hasText: 'CD-1' })).toHaveCount(3);
});
