// Step 1 end to end in Chromium against the browser harness: the form, validation, confirmation,
// search, language switch, and data surviving a restart of the harness.
import type { Page } from '@playwright/test';
import { expect, test } from './harness';
import { importProducts, importStock } from './support/warehouse';
import { openOrders } from './support/navigation';

async function startEmpty(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('button', { name: 'Start empty' }).click();
  await openOrders(page);
  await expect(page.getByRole('heading', { name: 'Orders', level: 2 })).toBeVisible();
}

async function pick(page: Page, label: string, option: string) {
  await page.getByRole('textbox', { name: label, exact: true }).first().click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('a broker creates an order through the form, fixes validation errors and confirms it', async ({ page, harness }) => {
  await startEmpty(page, harness.url);
  await page.getByRole('link', { name: 'New order' }).click();

  // Saving the empty form shows errors beside the fields and keeps the user on the form.
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('This field is required. Fill it in.').first()).toBeVisible();
  await expect(page.getByText('Choose a country from the list (a two-letter ISO code such as ES).')).toBeVisible();

  await page.getByLabel('Order number').fill('WEB-1001');
  await page.getByLabel('Consignee name').fill('Lucía Fernández');
  await page.getByLabel('Address line 1').fill('Calle de Alcalá 45');
  await page.getByLabel('City').fill('Madrid');
  await page.getByLabel('Postal code').fill('28014');
  await page.getByRole('textbox', { name: 'Country', exact: true }).fill('Spain');
  await page.getByRole('option', { name: /Spain/ }).click();
  await page.getByLabel('Phone').fill('+34 612 345 678');
  await pick(page, 'Currency', 'EUR — Euro');
  await page.getByLabel('SKU').fill('XM-BUDS5');
  await page.getByLabel('Description').fill('Wireless in-ear headphones, plastic housing');
  await page.getByLabel('Brand').fill('Xiaomi');
  await page.getByLabel('Model').fill('Redmi Buds 5');
  await page.getByLabel('Quantity').fill('3');
  // More decimals than the euro has is refused beside the field, and what was typed stays.
  await page.getByLabel('Unit price').fill('19.999');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(/at most 2 decimals|2 decimals/).first()).toBeVisible();
  await expect(page.getByLabel('Order number')).toHaveValue('WEB-1001');

  await page.getByLabel('Unit price').fill('19.99');
  // Live total: 3 x 19.99 = 59.97 exactly.
  await expect(page.getByText('€59.97').first()).toBeVisible();
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(page.getByRole('heading', { name: /WEB-1001/ })).toBeVisible();
  await expect(page.getByText('All checks passed')).toBeVisible();
  // The catalogue is still empty: confirmation refuses the unknown SKU and says how to fix it.
  await page.getByRole('button', { name: 'Confirm', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'was not confirmed' })).toContainText('Line 1: SKU XM-BUDS5 is not in the product catalogue.');
  const orderUrl = page.url();
  await importProducts(page);
  await importStock(page);
  await page.goto(orderUrl);
  await page.getByRole('button', { name: 'Confirm', exact: true }).click();
  await expect(page.getByText('Order WEB-1001 is confirmed.')).toBeVisible();
  await expect(page.getByText('Confirmed', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Confirmed' }).first()).toBeVisible();
});

test('a duplicate order number is refused and the form keeps what was typed', async ({ page, harness }) => {
  await startEmpty(page, harness.url);
  for (const attempt of [1, 2]) {
    await page.getByRole('link', { name: 'New order' }).click();
    await page.getByLabel('Order number').fill('DUP-1');
    await page.getByLabel('Consignee name').fill(`Buyer ${attempt}`);
    await page.getByRole('textbox', { name: 'Country', exact: true }).fill('Germany');
    await page.getByRole('option', { name: /Germany/ }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    if (attempt === 1) {
      await expect(page.getByRole('heading', { name: /DUP-1/ })).toBeVisible();
      await page.getByRole('link', { name: /Back to orders/ }).click();
    }
  }
  await expect(page.getByText(/Order DUP-1 of channel manual already exists/).first()).toBeVisible();
  await expect(page.getByLabel('Consignee name')).toHaveValue('Buyer 2');
});

test('search, status filter and bulk confirm work on the demo data; Spanish; restart keeps the data', async ({ page, harness }) => {
  await page.goto(harness.url);
  await page.getByRole('button', { name: 'Load demo data' }).click();
  await openOrders(page);
  await expect(page.getByText('36 orders')).toBeVisible();

  const search = page.getByRole('searchbox', { name: 'Search orders' });
  await search.fill('Tanaka');
  await expect(page.getByText('3 orders')).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'Yuki Tanaka' }).first()).toBeVisible();
  await search.fill('DS-24004');
  await expect(page.getByText('1 order', { exact: true })).toBeVisible();
  await search.fill('');
  await expect(page.getByText('36 orders')).toBeVisible();

  // Bulk confirm everything loaded: clean orders confirm, orders with problems are listed.
  await page.getByRole('checkbox', { name: 'Select all loaded orders' }).check();
  await page.getByRole('button', { name: 'Confirm selected' }).click();
  const summary = page.getByRole('dialog');
  await expect(summary.getByText(/DS-24004/)).toBeVisible();
  await expect(summary.getByText(/The postal code is missing, and MX uses postal codes/)).toBeVisible();
  await summary.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('textbox', { name: 'Status', exact: true }).click();
  await page.getByRole('option', { name: 'Received', exact: true }).click();
  await expect(page.getByRole('row').filter({ hasText: 'DS-24004' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'DS-24001' })).toHaveCount(0);

  // Switch to Spanish: the whole screen follows, and the choice is saved.
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByText('Español', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Ajustes' })).toBeVisible();
  await page.getByRole('link', { name: 'Pedidos' }).click();
  await expect(page.getByRole('heading', { name: 'Pedidos', level: 2 })).toBeVisible();

  // Restart the harness on the same data folder: orders, statuses and language are still there.
  await harness.stop();
  const url = await harness.start();
  await page.goto(url);
  // The restarted app opens on its dashboard, in Spanish.
  await expect(page.getByRole('heading', { name: 'Dónde está cada pedido' })).toBeVisible();
  await openOrders(page, 'Pedidos');
  await expect(page.getByRole('heading', { name: 'Pedidos', level: 2 })).toBeVisible();
  await expect(page.getByText('36 pedidos')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Buscar pedidos' }).fill('DS-24001');
  await expect(page.getByRole('row').filter({ hasText: 'DS-24001' })).toContainText('Confirmado');
});
