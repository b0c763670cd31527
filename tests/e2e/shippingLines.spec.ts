// Shop shipping lines end to end: an export with lines no rule knows imports anyway, the preview
// lists each unknown line once with its count and a method to choose, the choice is kept as a
// rule, the order list shows the shop's own words, and a rule added in Settings decides the rest.
import { expect, test } from './harness';
import { openOrders } from './support/navigation';

const HEAD =
  'Name,Created at,Shipping Name,Shipping Street,Shipping City,Shipping Zip,Shipping Country,Shipping Phone,Currency,Shipping Method,Lineitem quantity,Lineitem price,Lineitem sku,Lineitem name,Vendor,Lineitem variant';
const row = (order: string, line: string) =>
  `${order},2026-11-20 10:00:00 +0100,Emily Carter,742 Evergreen Terrace,Springfield,62704,US,+1 217 555 0142,USD,${line},1,29.99,XM-BUDS5,Headphones,Xiaomi,Redmi Buds 5`;
const EXPORT = [
  HEAD,
  row('#2001', 'Colissimo International'),
  row('#2002', 'YunExpress Global Direct Line'),
  row('#2003', 'Chronopost Classic International'),
  row('#2004', 'YunExpress Global Direct Line'),
  row('#2005', 'Free Shipping (7-15 business days)'),
].join('\n');

test("an unknown shipping line is chosen in the preview, kept as a rule, and shown in the shop's words", async ({ page, harness }, testInfo) => {
  await page.goto(harness.url);
  await page.getByRole('button', { name: 'Start empty' }).click();
  await openOrders(page);

  await page.getByRole('link', { name: 'Import CSV' }).click();
  await page.getByLabel('CSV file').setInputFiles({ name: 'shop-export.csv', mimeType: 'text/csv', buffer: Buffer.from(EXPORT) });
  await page.getByRole('button', { name: 'Read the file' }).click();
  await expect(page.getByText('Separator found: comma (,)')).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();

  // Each unknown line once, with how many orders use it.
  const unknown = page.getByRole('table', { name: 'Shipping lines no rule knows' });
  await expect(unknown).toBeVisible();
  await expect(unknown.getByRole('row')).toHaveCount(3);
  await expect(unknown.getByRole('row').filter({ hasText: 'YunExpress Global Direct Line' })).toContainText('2');
  await expect(unknown.getByRole('row').filter({ hasText: 'Free Shipping (7-15 business days)' })).toContainText('1');
  // Lines the default rules know are not asked about.
  await expect(unknown).not.toContainText('Colissimo');

  await page.getByRole('textbox', { name: 'Method for “YunExpress Global Direct Line”' }).click();
  await page.getByRole('option', { name: 'Express courier' }).click();
  await expect(page.getByRole('textbox', { name: 'Method for “YunExpress Global Direct Line”' })).toHaveValue('Express courier');
  // The orders of that line show the method they will be imported with.
  await expect(page.getByRole('table', { name: 'Orders in the file' }).getByRole('row').filter({ hasText: '#2004' })).toContainText('Express courier');
  await page.screenshot({ path: testInfo.outputPath('import-preview-unknown-lines.png'), fullPage: true });

  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('1 method you chose will be kept as a shipping rule.')).toBeVisible();
  await expect(page.getByText('1 shipping line is left to decide later: its orders will wait for a method.')).toBeVisible();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('alert').getByText('Import finished', { exact: true })).toBeVisible();
  await expect(page.getByText('1 shipping line was kept as a rule for the next import.')).toBeVisible();

  // The list shows the shop's words beside the method.
  await page.getByRole('link', { name: 'Go to the orders' }).click();
  await expect(page.getByText('5 orders')).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: '#2002' })).toContainText('YunExpress Global Direct Line');
  await expect(page.getByRole('row').filter({ hasText: '#2002' })).toContainText('Express courier');
  await expect(page.getByRole('row').filter({ hasText: '#2001' })).toContainText('Colissimo International');
  await expect(page.getByRole('row').filter({ hasText: '#2001' })).toContainText('Postal');
  await expect(page.getByRole('row').filter({ hasText: '#2005' })).toContainText('Not decided');

  // The undecided order says what to do.
  await page.getByRole('row').filter({ hasText: '#2005' }).getByText('#2005').click();
  await expect(page.getByText(/No shipping method is decided for the shop's shipping line “Free Shipping \(7-15 business days\)”/)).toBeVisible();

  // Settings: the remembered rule is there; a bad rule is refused on its field; a new rule decides the waiting order.
  await page.getByRole('link', { name: 'Settings' }).click();
  const rules = page.getByRole('table', { name: 'Shipping lines' });
  await expect(rules.getByRole('row').last()).toContainText('YunExpress Global Direct Line');
  await expect(rules.getByRole('row').last()).toContainText('is exactly');
  const form = page.getByRole('form', { name: 'Add a rule' });
  await form.getByRole('button', { name: 'Add the rule' }).click();
  await expect(form.getByText('Type the words of the shipping line this rule looks for, such as Colissimo.')).toBeVisible();
  await form.getByRole('textbox', { name: 'Words' }).fill('free shipping');
  await form.getByRole('button', { name: 'Add the rule' }).click();
  await expect(page.getByText('1 waiting order now has its shipping method.', { exact: false })).toBeVisible();
  await expect(rules.getByRole('row').nth(1)).toContainText('free shipping');
  await page.getByRole('textbox', { name: 'Try a shipping line' }).fill('Chronopost Classic International');
  await expect(page.getByRole('status').filter({ hasText: 'rule' })).toContainText('Express courier');
  await page.getByRole('heading', { name: 'Shipping lines' }).scrollIntoViewIfNeeded();
  await page
    .getByRole('heading', { name: 'Shipping lines' })
    .locator('xpath=ancestor::div[contains(@class,"mantine-Card-root")][1]')
    .screenshot({ path: testInfo.outputPath('settings-shipping-rules.png') });

  await page.getByRole('link', { name: 'Orders' }).click();
  await expect(page.getByRole('row').filter({ hasText: '#2005' })).toContainText('Postal');
  await page.getByRole('row').filter({ hasText: '#2005' }).getByText('#2005').click();
  await expect(page.getByRole('cell', { name: 'Shipping method set by a rule' })).toBeVisible();
});
