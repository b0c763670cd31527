// Steps the warehouse specs share: load the catalogue and the opening stock through their import
// screens, as a user setting up Despacho does.
import { join } from 'node:path';
import { type Page, expect } from '@playwright/test';

export const PRODUCTS_CSV = join(__dirname, '../../fixtures/products.csv');
export const STOCK_CSV = join(__dirname, '../../fixtures/stock-opening.csv');

export async function importProducts(page: Page, file = PRODUCTS_CSV): Promise<void> {
  await page.getByRole('link', { name: 'Products', exact: true }).click();
  await page.getByRole('link', { name: 'Import CSV' }).click();
  await page.getByLabel('CSV file').setInputFiles(file);
  await page.getByRole('button', { name: 'Read the file' }).click();
  await expect(page.getByRole('group', { name: 'New' })).toContainText('12');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText('Import finished: 12 added, 0 updated, 0 unchanged, 0 skipped.')).toBeVisible();
}

export async function importStock(page: Page, file = STOCK_CSV): Promise<void> {
  await page.getByRole('link', { name: 'Stock', exact: true }).click();
  await page.getByRole('tab', { name: 'Import a count' }).click();
  await page.getByLabel('CSV file').setInputFiles(file);
  await page.getByRole('button', { name: 'Read the file' }).click();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText(/bin counts were written and 24 new bins created/)).toBeVisible();
}
