// Step 5 end to end: an order whose declaration is filed waits on the transport page with the
// service the rules propose; the clerk enters the post's S10 range in setup, picks the postal
// parcel service instead, books, and the shipment appears with its S10 number; the order page
// shows it. A typed number that is not the carrier's is refused in words.
import { cleanOrder } from '../unit/support/orders';
import { packedOrders } from './customsSetup';
import { type HarnessProcess, expect, test } from './harness';
import { finalDocuments } from './support/flow';

/** Documents finalised and the declaration filed, through the commands. */
async function declared(harness: HarnessProcess, orderId: number): Promise<void> {
  const declarationId = await finalDocuments(harness, orderId);
  await harness.call('filing.file', { declarationId, office: 'ES280101', filedAt: '2026-12-04T09:00:00.000Z' });
}

test('a declared order is booked with an S10 number from the range entered in setup', async ({ page, harness }) => {
  const [orderId] = await packedOrders(harness, [cleanOrder({ orderNumber: 'TR-1' })]);
  await declared(harness, orderId!);

  await page.goto(harness.url.replace(/#.*$/, '') + '#/transport');
  const waiting = page.getByTestId('transport-waiting');
  await expect(waiting.getByRole('row').filter({ hasText: 'TR-1' })).toBeVisible();

  // The post's range, entered in setup.
  await page.getByRole('link', { name: 'Carriers, rules and S10 ranges' }).click();
  await page.getByRole('tab', { name: 'S10 ranges' }).click();
  await page.getByRole('button', { name: 'Add' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Indicator').fill('CP');
  await dialog.getByLabel('Country').fill('ES');
  await dialog.getByLabel('First serial').fill('47312482');
  await dialog.getByLabel('Last serial').fill('47312499');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('transport-ranges').getByText('CP473124829ES')).toBeVisible();

  await page.getByRole('link', { name: 'Back to transport' }).click();
  await waiting.getByRole('row').filter({ hasText: 'TR-1' }).getByRole('button', { name: 'Book…' }).click();
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByText('How the rules chose')).toBeVisible();
  // A number that is not the proposed courier's is refused, saying what was expected.
  await drawer.getByTestId('book-number-1').fill('12345');
  await drawer.getByRole('button', { name: 'Book', exact: true }).click();
  await expect(drawer.getByTestId('book-error')).toContainText('12345 is not a DHL Express number');

  await drawer.getByTestId('book-service').click();
  await page.getByRole('option', { name: 'Correos · International parcel (CP)' }).click();
  await expect(drawer.getByText('Numbers are issued from the S10 range of this service.')).toBeVisible();
  await drawer.getByRole('button', { name: 'Book', exact: true }).click();

  const shipments = page.getByTestId('transport-shipments');
  await expect(shipments.getByRole('row').filter({ hasText: 'TR-1' })).toContainText('CP473124829ES');
  await expect(page.getByText('No declared order is waiting for transport.')).toBeVisible();

  await page.goto(harness.url.replace(/#.*$/, '') + `#/orders/${orderId}`);
  await expect(page.getByTestId('order-shipment')).toContainText('CP473124829ES');
});

test('a selection is booked at once with the proposed services; the order the rules cannot book stays waiting with why', async ({ page, harness }) => {
  const ids = await packedOrders(harness, [
    cleanOrder({ orderNumber: 'TB-1', shippingLine: 'Correos Paquete Internacional' }),
    cleanOrder({ orderNumber: 'TB-2', shippingLine: 'Correos Paquete Internacional' }),
    cleanOrder({ orderNumber: 'TB-3' }),
  ]);
  for (const id of ids) await declared(harness, id);
  // The post's range and a rule sending the shop's "Correos" line to the post's parcel service.
  const carriers = (await harness.call('transport.carriers', {})) as { id: number; code: string; services: { id: number; code: string }[] }[];
  const correos = carriers.find((c) => c.code === 'CORREOS')!;
  await harness.call('transport.saveRange', {
    carrierId: correos.id,
    indicator: 'CP',
    country: 'ES',
    firstSerial: 47312482,
    lastSerial: 47312499,
    warnRemaining: 5,
    active: true,
  });
  await harness.call('transport.saveRule', {
    position: 1,
    match: 'contains',
    pattern: 'correos',
    method: '',
    countries: ['*'],
    serviceId: correos.services.find((s) => s.code === 'CP')!.id,
    note: 'Correos line to post parcel',
    active: true,
  });

  await page.goto(harness.url.replace(/#.*$/, '') + '#/transport');
  const waiting = page.getByTestId('transport-waiting');
  await expect(waiting.getByRole('row').filter({ hasText: 'TB-1' })).toContainText('Correos line to post parcel');
  await waiting.getByLabel('Select every waiting order').check();
  await page.getByRole('button', { name: 'Book 3 selected with their proposed services' }).click();

  // TB-3 goes by the courier, which wants its numbers typed: it stays, saying so.
  const refused = page.getByRole('alert').filter({ hasText: '1 order stays waiting' });
  await expect(refused).toContainText('TB-3');
  const shipments = page.getByTestId('transport-shipments');
  await expect(shipments.getByRole('row').filter({ hasText: 'TB-1' })).toContainText(/CP\d{9}ES/);
  await expect(shipments.getByRole('row').filter({ hasText: 'TB-2' })).toContainText(/CP\d{9}ES/);
  await expect(waiting.getByRole('row').filter({ hasText: 'TB-3' })).toBeVisible();
  await expect(waiting.getByRole('row').filter({ hasText: 'TB-1' })).toHaveCount(0);
});
