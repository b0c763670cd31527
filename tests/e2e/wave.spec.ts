// A wave of four orders through the seven steps in Chromium, using the screens' bulk paths where
// they exist: customs' outcomes for all four arrive in one file (three released, one rejected), the
// three released parcels go on one truck (the rejected one's parcel is refused at the scan), and the
// carrier's status file confirms two deliveries and sends one back. Both returns show on /returns:
// the rejected goods are restocked into a bin (and the product's stock shows the return), the
// undeliverable ones written off with a reason. Steps 1 to 3 run through the commands.
import type { Page } from '@playwright/test';
import { cleanOrder } from '../unit/support/orders';
import { packedOrders } from './customsSetup';
import { expect, test } from './harness';
import { bookWithTypedNumber, chooseFile, clearanceRow, dayFromToday, finalDocuments, goTo, openManifest, scanParcel, snap } from './support/flow';

const WAVE = ['WV-1', 'WV-2', 'WV-3', 'WV-4'];
/** DHL air waybills are 10 digits; one per order, in wave order. */
const WAYBILLS = ['4020000001', '4020000002', '4020000003', '4020000004'];
/** The earphones' page under Warehouse → Stock: its figures, bins and movements. */
async function earphonesStock(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: 'Stock', exact: true }).click();
  await page.getByRole('table', { name: 'Stock' }).getByRole('row').filter({ hasText: 'XM-BUDS5' }).getByText('XM-BUDS5').click();
}
const reference = (i: number) => `26ES2801010000010${i + 1}`;

test('a wave: outcomes imported, one rejected, loaded on one truck, deliveries imported, the returns restocked or written off', async ({ page, harness }) => {
  test.setTimeout(240_000);
  const ids = await packedOrders(
    harness,
    WAVE.map((orderNumber) => cleanOrder({ orderNumber })),
  );
  // Step 4 through the command: filing has no bulk action, and sevenSteps.spec.ts files in the page.
  for (const [i, orderId] of ids.entries()) {
    const declarationId = await finalDocuments(harness, orderId);
    await harness.call('filing.file', { declarationId, office: 'ES280101', filedAt: '2026-12-01T09:00:00.000Z', reference: reference(i) });
  }
  for (const [i, orderNumber] of WAVE.entries()) await bookWithTypedNumber(page, harness, orderNumber, WAYBILLS[i]!);

  // Step 6: customs' file with the four outcomes, recorded all at once.
  await goTo(page, harness, '/clearance');
  await expect(page.getByRole('tab', { name: 'Awaiting customs (4)' })).toBeVisible();
  await page.getByRole('button', { name: 'Import outcomes' }).click();
  const today = dayFromToday(0);
  const outcomes = [
    'reference,outcome,date,note,reason',
    `${reference(0)},released,${today},,`,
    `${reference(1)},levante,${today},Circuito verde,`,
    `${reference(2)},released,${today},,`,
    `${reference(3)},rejected,${today},,Origin certificate does not match the goods`,
  ].join('\n');
  await chooseFile(page, 'Choose file', 'outcomes.csv', outcomes);
  await expect(page.getByText('outcomes.csv: 4 outcome(s) ready to record')).toBeVisible();
  await snap(page, 'clearance-import');
  await page.getByRole('button', { name: 'Record all outcomes' }).click();
  await expect(page.getByText('4 outcome(s) recorded on 4 declaration(s).')).toBeVisible();
  await page.getByRole('tab', { name: 'Released (3)' }).click();
  for (const n of WAVE.slice(0, 3)) await expect(clearanceRow(page, n)).toContainText('Released');
  await page.getByRole('tab', { name: 'Rejected (1)' }).click();
  await expect(clearanceRow(page, 'WV-4')).toContainText('Rejected');

  // Step 7: one truck; the rejected order's parcel is refused at the scan, the others load.
  await openManifest(page, harness, 'DHL Express', '5678-FGH', 'Luis Gómez');
  await scanParcel(page, WAYBILLS[3]!);
  // The refusal names the order and sends its parcel to the return path.
  await expect(page.getByTestId('delivery-feedback')).toContainText('Order WV-4');
  await expect(page.getByTestId('delivery-feedback')).toContainText('return path');
  await snap(page, 'delivery-rejected-scan');
  for (const [i, code] of WAYBILLS.slice(0, 3).entries()) {
    await scanParcel(page, code);
    await expect(page.getByTestId('delivery-feedback')).toContainText(`Loaded ${code} (order ${WAVE[i]})`);
  }
  await expect(page.getByRole('heading', { name: /^Loaded \(3, / })).toBeVisible();
  await page.getByRole('button', { name: 'Depart' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Depart' }).click();
  await expect(page.getByText(/departed: 3 orders in transit/)).toBeVisible();

  // The carrier's status file: two delivered, one undeliverable.
  await page.getByRole('tab', { name: 'In transit' }).click();
  const statuses = [
    'tracking number,status,date,receiver',
    `${WAYBILLS[0]},delivered,${dayFromToday(2)},Emily Carter`,
    `${WAYBILLS[1]},delivered,${dayFromToday(2)},Front desk`,
    `${WAYBILLS[2]},undeliverable,${dayFromToday(3)},`,
  ].join('\n');
  await chooseFile(page, 'Check file', 'status.csv', statuses);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText('Imported: 2 delivered, 1 sent back.')).toBeVisible();

  // The return path: both returns are open.
  await page.getByRole('navigation').getByRole('link', { name: 'Returns' }).click();
  const rejected = page.getByTestId('return-WV-4');
  const undeliverable = page.getByTestId('return-WV-3');
  await expect(rejected).toContainText('Refused at customs');
  await expect(undeliverable).toContainText('Undeliverable');
  await snap(page, 'returns');

  // Before: the rejected earphones are still packed (staged), not available.
  await earphonesStock(page);
  await expect(page.getByTestId('figure-staged')).toHaveText('1');
  await expect(page.getByTestId('figure-available')).toHaveText('82');

  await page.getByRole('navigation').getByRole('link', { name: 'Returns' }).click();
  await rejected.getByLabel('Bin').fill('A-01-01');
  await rejected.getByRole('button', { name: 'Restock' }).click();
  await expect(page.getByText('The goods are back in bin A-01-01.')).toBeVisible();
  await undeliverable.getByLabel('Reason').fill('Parcel damaged in transit');
  await undeliverable.getByRole('button', { name: 'Write off' }).click();
  await expect(page.getByText('The goods are written off.')).toBeVisible();
  await expect(page.getByText('No returns here.')).toBeVisible();
  await page.locator('label').filter({ hasText: /^All$/ }).click();
  await expect(page.getByTestId('return-WV-4')).toContainText('Restocked into bin A-01-01');
  await expect(page.getByTestId('return-WV-3')).toContainText('Parcel damaged in transit');

  // After: back in bin A-01-01 (24 opening, 4 picked, 1 returned) and available again, through a Return movement of WV-4.
  await earphonesStock(page);
  await expect(page.getByTestId('figure-staged')).toHaveText('0');
  await expect(page.getByTestId('figure-available')).toHaveText('83');
  await expect(page.getByRole('table', { name: 'Per bin' }).getByRole('row').filter({ hasText: 'A-01-01' })).toContainText('21');
  await expect(page.getByRole('row').filter({ hasText: 'Return' }).filter({ hasText: 'WV-4' }).first()).toBeVisible();
  await snap(page, 'stock-after-return');
});
