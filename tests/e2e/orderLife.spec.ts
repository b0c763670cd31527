// An order's life on its page: fix a problem by editing, hold with a reason, release, confirm,
// and cancel; every step shows in the history, and a refused action is explained.
import { expect, test } from './harness';
import { openOrders } from './support/navigation';

test('edit to fix a problem, hold, release, confirm and cancel, with the history recorded', async ({ page, harness }) => {
  await page.goto(harness.url);
  await page.getByRole('button', { name: 'Load demo data' }).click();
  await openOrders(page);
  await page.getByRole('searchbox', { name: 'Search orders' }).fill('DS-24004');
  await page.getByRole('row').filter({ hasText: 'DS-24004' }).getByText('DS-24004').click();

  // The missing postal code is listed; confirming is refused with the same problem.
  await expect(page.getByText('The postal code is missing, and MX uses postal codes. Enter it.').first()).toBeVisible();
  await page.getByRole('button', { name: 'Confirm', exact: true }).click();
  await expect(page.getByText('Order DS-24004 was not confirmed. Fix these problems and confirm again:')).toBeVisible();

  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await page.getByLabel('Postal code').fill('03940');
  await page.getByRole('button', { name: 'Save order' }).click();
  await expect(page.getByText('All checks passed.')).toBeVisible();

  await page.getByRole('button', { name: 'Put on hold' }).click();
  await page.getByRole('dialog').getByLabel('Reason').fill('Waiting for the importer tax ID');
  await page.getByRole('dialog').getByRole('button', { name: 'Put on hold' }).click();
  await expect(page.getByText('On hold', { exact: true }).first()).toBeVisible();
  await expect(page.getByText('Waiting for the importer tax ID').first()).toBeVisible();
  // An order on hold cannot be confirmed until it is released.
  await expect(page.getByRole('button', { name: 'Confirm', exact: true })).toHaveCount(0);

  await page.getByRole('button', { name: 'Release' }).click();
  await page.getByRole('button', { name: 'Confirm', exact: true }).click();
  await expect(page.getByText('Confirmed', { exact: true }).first()).toBeVisible();

  await page.getByRole('button', { name: 'Cancel order' }).click();
  await page.getByRole('dialog').getByLabel('Reason').fill('Customer withdrew the order');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel order' }).click();
  await expect(page.getByText('Cancelled', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit', exact: true })).toHaveCount(0);

  const history = page.getByRole('table').filter({ hasText: 'Action' }).last();
  for (const action of ['Imported', 'Checks failed', 'Edited', 'Put on hold', 'Released', 'Confirmed', 'Cancelled']) {
    await expect(history.getByRole('cell', { name: action, exact: true }).first()).toBeVisible();
  }
});
