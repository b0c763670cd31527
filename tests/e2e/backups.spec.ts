// Backups by hand from Settings: make one, change the data, restore it, and find the earlier data.
import { expect, test } from './harness';
import { openOrders } from './support/navigation';

test('a backup made from Settings can be restored, bringing back the data of that moment', async ({ page, harness }) => {
  await page.goto(harness.url);
  await page.getByRole('button', { name: 'Load demo data' }).click();
  await openOrders(page);
  await expect(page.getByText('36 orders')).toBeVisible();

  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('cell', { name: 'By hand' })).toBeVisible();

  // Cancel an order after the backup: the restore must bring it back as it was.
  await page.getByRole('link', { name: 'Orders' }).click();
  await page.getByRole('searchbox', { name: 'Search orders' }).fill('DS-24001');
  await page.getByRole('row').filter({ hasText: 'DS-24001' }).getByText('DS-24001').click();
  await page.getByRole('button', { name: 'Cancel order' }).click();
  await page.getByRole('dialog').getByLabel('Reason').fill('Customer withdrew the order');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel order' }).click();
  await expect(page.getByText('Cancelled', { exact: true }).first()).toBeVisible();

  await page.getByRole('link', { name: 'Settings' }).click();
  await page
    .getByRole('row')
    .filter({ hasText: 'By hand' })
    .getByRole('button', { name: /Restore/ })
    .click();
  await page.getByRole('dialog').getByRole('button', { name: 'Back up and restore' }).click();
  await expect(page.getByText(/was restored/).first()).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Before a restore' })).toBeVisible();

  await page.getByRole('link', { name: 'Orders' }).click();
  await page.getByRole('searchbox', { name: 'Search orders' }).fill('DS-24001');
  await expect(page.getByRole('row').filter({ hasText: 'DS-24001' })).toContainText('Received');
});
