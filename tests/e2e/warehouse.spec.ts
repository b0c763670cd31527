// Steps 2 and 3 end to end in Chromium against the browser harness: import the catalogue and the
// opening stock, import and confirm two orders (one short of power banks, confirmed short by
// choice), plan a wave, pick it with scanner input including a wrong scan and a short pick, pack
// one order into two parcels, and watch the stock figures move at every step.
import { join } from 'node:path';
import { type Page, expect } from '@playwright/test';
import { test } from './harness';
import { importProducts, importStock } from './support/warehouse';

const ORDERS_CSV = join(__dirname, '../fixtures/orders-warehouse.csv');

/** A navbar entry; the flow's steps carry their number ("1 Orders"). */
async function go(page: Page, name: string) {
  await page
    .getByRole('navigation')
    .getByRole('link', { name: new RegExp(`^(\\d\\s*)?${name}$`) })
    .click();
}

/** The stock overview row of one SKU: on hand, reserved, available, staged. */
async function expectFigures(page: Page, sku: string, figures: [number, number, number, number]) {
  await go(page, 'Stock');
  await page.getByRole('textbox', { name: 'Search' }).fill(sku);
  const row = page.getByRole('row').filter({ hasText: sku });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('cell')).toHaveText([sku, /.+/, ...figures.map(String)]);
}

/** A keyboard-wedge scanner: it types the code into the focused field and presses Enter. */
async function scan(page: Page, code: string) {
  const field = page.getByRole('textbox', { name: 'Scan', exact: true });
  await expect(field).toBeFocused();
  await page.keyboard.type(code);
  await page.keyboard.press('Enter');
}

async function expecting(page: Page): Promise<{ what: string; code: string }> {
  const hint = page.getByText(/^Scan the (bin|product|container) \S+/);
  await expect(hint).toBeVisible();
  const m = /^Scan the (bin|product|container) (\S+)/.exec((await hint.textContent()) ?? '')!;
  return { what: m[1]!, code: m[2]! };
}

test('catalogue, stock, confirmation, a wave picked by scanner with a wrong scan and a short pick, two parcels', async ({ page, harness }) => {
  test.setTimeout(300_000);
  await page.goto(harness.url);
  await page.getByRole('button', { name: 'Start empty' }).click();
  await importProducts(page);
  await importStock(page);
  // Opening stock: 24 + 12 + 50 earphones, 2 power banks.
  await expectFigures(page, 'XM-BUDS5', [86, 0, 86, 0]);
  await expectFigures(page, 'AK-PB10K', [2, 0, 2, 0]);

  // Two orders through the ordinary import.
  await go(page, 'Orders');
  await page.getByRole('link', { name: 'Import CSV' }).click();
  await page.getByLabel('CSV file').setInputFiles(ORDERS_CSV);
  await page.getByRole('button', { name: 'Read the file' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByRole('link', { name: 'Go to the orders' }).click();
  await expect(page.getByText('2 orders')).toBeVisible();

  // Bulk confirm: WH-1 is reserved; WH-2 wants 3 power banks and there are 2, so it waits.
  await page.getByRole('checkbox', { name: 'Select all loaded orders' }).check();
  await page.getByRole('button', { name: 'Confirm selected' }).click();
  const summary = page.getByRole('dialog');
  await expect(summary.getByText('Not enough stock: AK-PB10K (Missing 1). Open the order to confirm it with what is in stock.')).toBeVisible();
  await summary.getByRole('link', { name: /WH-2/ }).click();
  await page.getByRole('button', { name: 'Confirm', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Short of stock' })).toContainText('AK-PB10K');
  await page.getByRole('button', { name: 'Confirm with what is in stock' }).click();
  await expect(page.getByText('Order WH-2 is confirmed short: only what is in stock was reserved.')).toBeVisible();
  await expectFigures(page, 'XM-BUDS5', [86, 2, 84, 0]);
  await expectFigures(page, 'AK-PB10K', [2, 2, 0, 0]);

  // Plan one wave for both orders, one container per order.
  await go(page, 'Picking');
  await page.getByRole('checkbox', { name: 'Select all orders' }).check();
  await page.getByRole('button', { name: 'Plan pick list' }).click();
  await expect(page.getByText(/Pick list PL-\d+ planned: 2 orders, 4 lines\./)).toBeVisible();
  await page.getByRole('link', { name: /Open pick list PL-/ }).click();

  // Pick every line in walking order by scanning; the first scan is a wrong bin, the power banks are short by one.
  let wrongScanDone = false;
  let shortDone = false;
  for (let guard = 0; guard < 12; guard++) {
    // Wait for the screen to settle on the next line or on "done" before reading it.
    const done = page.getByText('Every line of this pick list is done.');
    await expect(page.getByText(/^Scan the bin \S+/).or(done)).toBeVisible();
    if (await done.isVisible()) break;
    const bin = await expecting(page);
    expect(bin.what).toBe('bin');
    if (!wrongScanDone) {
      await scan(page, 'Z-99-99');
      await expect(page.getByRole('alert').filter({ hasText: /Unknown code Z-99-99|Wrong bin/ })).toBeVisible();
      wrongScanDone = true;
    }
    const product = page.locator('[aria-label^="Line "]').first();
    if (!shortDone && (await product.textContent())?.includes('AK-PB10K')) {
      await page.getByRole('button', { name: 'Short pick' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Quantity short').fill('1');
      await dialog.getByRole('textbox', { name: 'Reason' }).click();
      await page.getByRole('option', { name: 'Damaged' }).click();
      await dialog.getByLabel('Details').fill('box crushed');
      await dialog.getByRole('button', { name: 'Record short pick' }).click();
      await expect(page.getByText('Short pick of 1 recorded.')).toBeVisible();
      shortDone = true;
      continue;
    }
    await scan(page, bin.code);
    let next = await expecting(page);
    while (next.what === 'product') {
      await scan(page, next.code);
      next = await expecting(page);
    }
    expect(next.what).toBe('container');
    await scan(page, next.code);
    await expect(page.getByRole('status').filter({ hasText: /^Picked / })).toBeVisible();
  }
  expect(wrongScanDone && shortDone).toBe(true);
  await expect(page.getByText('Every line of this pick list is done.')).toBeVisible();
  // Picked goods are staged in containers; the short power bank is no longer reserved.
  await expectFigures(page, 'XM-BUDS5', [86, 0, 84, 2]);
  await expectFigures(page, 'AK-PB10K', [2, 0, 1, 1]);

  // Pack WH-1 into two parcels: the earphones in one, the cable in the other.
  await go(page, 'Packing');
  await page.getByLabel('Container or order number').fill('WH-1');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  for (const [seq, sku, qty] of [
    [1, 'XM-BUDS5', '2'],
    [2, 'UG-CBL-C2', '1'],
  ] as const) {
    await page.getByRole('textbox', { name: 'Box for a new parcel' }).click();
    await page.getByRole('option').first().click();
    await page.getByRole('button', { name: 'New parcel' }).click();
    const field = page.getByRole('textbox', { name: `Scan an item into parcel ${seq}` });
    await expect(field).toBeVisible();
    await page.getByRole('textbox', { name: 'Quantity', exact: true }).last().fill(qty);
    await field.fill(sku);
    await field.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: `Packed ${qty} × ${sku}` })).toBeVisible();
  }
  // Finishing is refused while parcels are open.
  await page.getByRole('button', { name: 'Finish packing' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'cannot be marked packed yet' })).toContainText('Parcels still open');
  // A weight far from the computed one is refused with both figures; the computed weight closes it.
  for (const seq of [1, 2]) {
    const card = page.getByRole('region', { name: `Parcel ${seq}` });
    const computed = /Should weigh ([\d.]+) kg/.exec((await card.textContent()) ?? '')![1]!;
    if (seq === 1) {
      await card.getByLabel('Weight on the scale (kg)').fill('9.5');
      await card.getByRole('button', { name: 'Close parcel' }).click();
      await expect(page.getByRole('alert').filter({ hasText: 'The scale says 9.50 kg' })).toBeVisible();
    }
    await card.getByLabel('Weight on the scale (kg)').fill(computed);
    await card.getByRole('button', { name: 'Close parcel' }).click();
    await expect(page.getByText(`Parcel ${seq} is closed.`)).toBeVisible();
  }
  await page.getByRole('button', { name: 'Finish packing' }).click();
  await expect(page.getByText('Order WH-1 is packed.')).toBeVisible();
  // Packing moves goods from containers into parcels: still on hand, still staged.
  await expectFigures(page, 'XM-BUDS5', [86, 0, 84, 2]);

  // The orders list shows where each order is; WH-2's page lists what is missing and why.
  await go(page, 'Orders');
  await expect(page.getByRole('row').filter({ hasText: 'WH-1' })).toContainText('Packed');
  await expect(page.getByRole('row').filter({ hasText: 'WH-2' })).toContainText('Picked');
  await page.getByRole('row').filter({ hasText: 'WH-2' }).getByText('WH-2').click();
  const shortage = page.getByRole('region', { name: 'Short of stock' });
  await expect(shortage).toContainText('AK-PB10K');
  await expect(shortage).toContainText('box crushed');
});
