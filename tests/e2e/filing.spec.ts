// Step 4 end to end: an order whose documents are all final is filed with customs from its page
// (office, moment, no reference yet), shows as declared and awaiting its reference; a reference
// that is not one is refused at the field in words; the real one is saved once; the filing is on
// the filed declarations page with its detail, and prints as filed.
import { cleanOrder } from '../unit/support/orders';
import { packedOrders } from './customsSetup';
import { expect, test } from './harness';
import { finalDocuments } from './support/flow';

test('a declaration is filed from the order page, gets its reference later and prints as filed', async ({ page, context, harness }) => {
  // Packing and finalising through the commands takes a while on a busy machine.
  test.setTimeout(180_000);
  const [orderId] = await packedOrders(harness, [cleanOrder({ orderNumber: 'FI-1' })]);
  await finalDocuments(harness, orderId!);
  const base = harness.url.replace(/#.*$/, '');

  // The filed declarations page lists the order as ready to file.
  await page.goto(`${base}#/filings`);
  await expect(page.getByTestId('filing-ready').getByRole('row').filter({ hasText: 'FI-1' })).toBeVisible();
  await expect(page.getByText('No filing matches.')).toBeVisible();

  await page.goto(`${base}#/orders/${orderId}`);
  const panel = page.getByRole('region', { name: 'Filing with customs' });
  await expect(panel).toContainText('The declaration is final and not filed yet.');
  await panel.getByRole('button', { name: 'File with customs' }).click();
  const drawer = page.getByRole('dialog');
  // Without an office the form says what to enter; "Filed at" starts at now.
  await expect(drawer.getByLabel('Filed at')).not.toHaveValue('');
  await drawer.getByRole('button', { name: 'File', exact: true }).click();
  await expect(drawer.getByText('This field is required. Fill it in.')).toBeVisible();
  await drawer.getByLabel('Customs office').fill('ES280101');
  await drawer.getByLabel('Filed at').fill('2026-12-04T10:30');
  await drawer.getByRole('button', { name: 'File', exact: true }).click();
  await expect(drawer).toBeHidden();

  // Declared, under customs supervision, awaiting its reference.
  await expect(page.getByText('Declared (under customs supervision)', { exact: true }).first()).toBeVisible();
  const facts = panel.getByTestId('filing-facts');
  await expect(facts).toContainText('ES280101');
  await expect(facts).toContainText('Awaiting reference');
  await expect(facts).toContainText('Filed (in force)');
  await expect(panel.getByRole('button', { name: 'File with customs' })).toHaveCount(0);

  // A reference that is not one is refused at the field, in plain words; the real one is saved once.
  const referenceForm = panel.getByTestId('filing-reference-form');
  await referenceForm.getByLabel('Customs reference').fill('!!');
  await referenceForm.getByRole('button', { name: 'Save reference' }).click();
  await expect(referenceForm).toContainText('A customs reference has letters and digits');
  await referenceForm.getByLabel('Customs reference').fill('26ES28010100012345');
  await referenceForm.getByRole('button', { name: 'Save reference' }).click();
  await expect(facts).toContainText('26ES28010100012345');
  await expect(facts).not.toContainText('Awaiting reference');
  await expect(panel.getByTestId('filing-reference-form')).toHaveCount(0);

  // Printed as filed: the snapshot's declaration opens in its own tab with the filing's banner.
  const printed = context.waitForEvent('page');
  await panel.getByRole('button', { name: 'Print as filed' }).click();
  const sheet = await printed;
  await expect(sheet.getByText(/As filed with customs ES280101/)).toBeVisible();
  await expect(sheet.getByText(/26ES28010100012345/).first()).toBeVisible();
  await sheet.close();

  // On the filed declarations page: no longer ready to file, listed with its reference; the row opens its detail.
  await page.goto(`${base}#/filings`);
  await expect(page.getByText('No order is waiting to be filed', { exact: false })).toBeVisible();
  const row = page.getByTestId('filing-list').getByRole('row').filter({ hasText: 'FI-1' });
  await expect(row).toContainText('ES280101');
  await expect(row).toContainText('26ES28010100012345');
  await page.getByPlaceholder('Search number, reference, office or order').fill('nothing like it');
  await expect(page.getByText('No filing matches.')).toBeVisible();
  await page.getByPlaceholder('Search number, reference, office or order').fill('26ES2801');
  await row.click();
  const detail = page.getByRole('dialog');
  await expect(detail.getByTestId('filing-documents')).toContainText('Export customs declaration');
  await expect(detail.getByTestId('filing-chain')).toContainText('Filed (in force)');
  const again = context.waitForEvent('page');
  await detail.getByRole('button', { name: 'Print as filed' }).click();
  await expect((await again).getByText(/As filed with customs ES280101/)).toBeVisible();
});

test('a selection of ready orders is filed at once with one office, each then awaiting its reference', async ({ page, harness }) => {
  test.setTimeout(180_000);
  const ids = await packedOrders(harness, [cleanOrder({ orderNumber: 'FB-1' }), cleanOrder({ orderNumber: 'FB-2' })]);
  for (const id of ids) await finalDocuments(harness, id);
  await page.goto(`${harness.url.replace(/#.*$/, '')}#/filings`);
  const ready = page.getByTestId('filing-ready');
  await expect(ready.getByRole('row').filter({ hasText: 'FB-2' })).toBeVisible();
  await ready.getByLabel('Select every order ready to file').check();
  await page.getByRole('button', { name: 'File 2 selected…' }).click();
  const drawer = page.getByRole('dialog');
  await expect(drawer).toContainText('FB-1, FB-2');
  await drawer.getByLabel('Customs office').fill('ES004611');
  await drawer.getByRole('button', { name: 'File 2 declarations' }).click();
  await expect(drawer).toBeHidden();
  await expect(page.getByText('2 declarations filed.')).toBeVisible();
  await expect(page.getByText('No order is waiting to be filed', { exact: false })).toBeVisible();
  await page.getByText('Awaiting reference only').click();
  await expect(page.getByLabel('Awaiting reference only')).toBeChecked();
  for (const order of ['FB-1', 'FB-2']) await expect(page.getByRole('row').filter({ hasText: order })).toContainText('ES004611');
});
