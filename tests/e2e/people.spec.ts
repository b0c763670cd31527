// First start: Despacho asks once who is using it (offering the operating-system user's name),
// then offers the demo; the name is on the history of every change and can be changed in Settings.
import { expect, test } from './harness';
import { openOrders } from './support/navigation';

test('the first start asks for a name, the history shows it, and Settings changes it', async ({ page, newHarness }) => {
  await page.goto(newHarness.url);
  const welcome = page.getByRole('dialog', { name: 'Who is using Despacho?' });
  await expect(welcome).toBeVisible();
  // The demo offer waits until the question is answered.
  await expect(page.getByRole('button', { name: 'Load demo data' })).toHaveCount(0);
  const name = welcome.getByLabel('Your name');
  await expect(name).not.toHaveValue('');
  await name.fill('   ');
  await welcome.getByRole('button', { name: 'Continue' }).click();
  await expect(welcome.getByText('This field is required. Fill it in.')).toBeVisible();
  await name.fill('Lucía Gómez');
  await page.screenshot({ path: 'test-results/people-first-start.png' });
  await welcome.getByRole('button', { name: 'Continue' }).click();
  await expect(welcome).toBeHidden();

  await page.getByRole('button', { name: 'Load demo data' }).click();
  await openOrders(page);
  await page.getByRole('searchbox', { name: 'Search orders' }).fill('DS-24001');
  await page.getByRole('row').filter({ hasText: 'DS-24001' }).getByText('DS-24001').click();
  await page.getByRole('button', { name: 'Put on hold' }).click();
  await page.getByRole('dialog').getByLabel('Reason').fill('Checking the address');
  await page.getByRole('dialog').getByRole('button', { name: 'Put on hold' }).click();
  await expect(page.getByRole('cell', { name: 'Lucía Gómez' }).first()).toBeVisible();

  await page.getByRole('link', { name: 'Settings' }).click();
  const field = page.getByLabel('Your name');
  await expect(field).toHaveValue('Lucía Gómez');
  await field.fill('Lucía G.');
  await page.getByRole('button', { name: 'Save' }).first().click();
  await expect(page.getByText('From now on, changes are recorded as Lucía G.')).toBeVisible();
  // A reload does not ask again.
  await page.reload();
  await expect(page.getByRole('dialog', { name: 'Who is using Despacho?' })).toHaveCount(0);
});
