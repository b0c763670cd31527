// The CSV import end to end: preview with per-row errors, refusal to import a file with errors
// unless the user chooses only the valid orders, and an idempotent re-import.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './harness';
import { openOrders } from './support/navigation';

const FIXTURE = join(__dirname, '../fixtures/orders-good-and-bad.csv');

async function chooseAndPreview(page: Page) {
  await page.getByRole('link', { name: 'Import CSV' }).click();
  await page.getByLabel('CSV file').setInputFiles(FIXTURE);
  await page.getByRole('button', { name: 'Read the file' }).click();
  // Headers are recognised, so the mapping step has nothing missing; go on to the check.
  await expect(page.getByText('Separator found: comma (,)')).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();
}

test('import a CSV with good and bad rows, then import it again without duplicates', async ({ page, harness }) => {
  await page.goto(harness.url);
  await page.getByRole('button', { name: 'Start empty' }).click();
  await openOrders(page);

  await chooseAndPreview(page);
  await expect(page.getByRole('heading', { name: 'Errors by row' })).toBeVisible();
  // The bad rows are named with their row number and a plain message.
  await expect(page.getByText('Enter a number with a point for decimals, like 12.50, without thousands separators.').first()).toBeVisible();
  await expect(page.getByText('Choose a currency from the list (a three-letter ISO code such as EUR).').first()).toBeVisible();

  // Nothing can be imported while orders have errors, unless the user opts to skip them.
  await page.getByRole('button', { name: 'Next' }).click();
  const importButton = page.getByRole('button', { name: 'Import', exact: true });
  await expect(importButton).toBeDisabled();
  await page.getByRole('checkbox', { name: /Import only the valid orders \(6\)/ }).check();
  await importButton.click();
  await expect(page.getByRole('alert').getByText('Import finished', { exact: true })).toBeVisible();
  await expect(page.getByText('Created', { exact: true }).locator('..')).toContainText('6');

  await page.getByRole('link', { name: 'Go to the orders' }).click();
  await expect(page.getByText('6 orders')).toBeVisible();

  // The same file again: every valid order is recognised as already imported; nothing is added.
  await chooseAndPreview(page);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('checkbox', { name: /Import only the valid orders/ }).check();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('alert').getByText('Import finished', { exact: true })).toBeVisible();
  await expect(page.getByText('Already existing (skipped)', { exact: true }).locator('..')).toContainText('6');
  await page.getByRole('link', { name: 'Go to the orders' }).click();
  await expect(page.getByText('6 orders')).toBeVisible();
});
