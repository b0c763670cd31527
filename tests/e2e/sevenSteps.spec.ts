// One order through all seven steps in Chromium. Steps 1 to 3 (confirm, pick, pack, documents
// final) run through the commands, as their own specs walk them in the page; from filing on, a
// broker and a clerk work the screens: the declaration is filed on the order page, the courier booked, customs holds
// the goods for documents (the order waits on the clearance list and on the dashboard as stuck), a
// parcel scanned onto the truck while held and a parcel that does not exist are refused in words,
// customs releases, the parcel is loaded, the truck departs, the delivery is confirmed, and the
// order's timeline shows every step done.
import { cleanOrder } from '../unit/support/orders';
import { packedOrders } from './customsSetup';
import { expect, test } from './harness';
import { bookWithTypedNumber, clearanceRow, dayFromToday, finalDocuments, goTo, openManifest, scanParcel, snap } from './support/flow';

const WAYBILL = '4012345678';
const REFERENCE = '26ES28010100000011';

test('one order: filed, booked, held then released, a wrong parcel refused at loading, dispatched and delivered', async ({ page, harness }) => {
  test.setTimeout(180_000);
  const [orderId] = await packedOrders(harness, [cleanOrder({ orderNumber: 'SS-1' })]);
  await finalDocuments(harness, orderId!);

  // Step 4, declare: the broker files the final declaration on the order page.
  await goTo(page, harness, `/orders/${orderId}`);
  const filing = page.getByTestId('order-filing');
  await filing.getByRole('button', { name: 'File with customs' }).click();
  const form = page.getByTestId('filing-form');
  await form.getByLabel('Customs office').fill('ES280101');
  await form.getByLabel('Filed at').fill(`${dayFromToday(-1)}T09:00`);
  await form.getByLabel('Customs reference').fill(REFERENCE);
  await form.getByRole('button', { name: 'File', exact: true }).click();
  await expect(page.getByText(/filed: the goods are under customs supervision/)).toBeVisible();
  await expect(filing).toContainText(REFERENCE);

  // Step 5, transport: the proposed courier, with the air waybill typed.
  await bookWithTypedNumber(page, harness, 'SS-1', WAYBILL);

  // Step 6: customs holds the goods and asks for documents by a due date.
  await goTo(page, harness, '/clearance');
  await clearanceRow(page, 'SS-1').getByRole('button', { name: 'Record outcome' }).click();
  const drawer = page.getByRole('dialog', { name: /Customs outcome for/ });
  await drawer
    .locator('label')
    .filter({ hasText: /^Held$/ })
    .click();
  await drawer.getByLabel('What customs requested').fill('Proof of origin and the supplier invoice');
  await drawer.getByLabel('Due date').fill(dayFromToday(7));
  await snap(page, 'clearance-drawer');
  await drawer.getByRole('button', { name: 'Record', exact: true }).click();
  await expect(drawer).toHaveCount(0);

  await page.getByRole('tab', { name: /^Held/ }).click();
  const held = clearanceRow(page, 'SS-1');
  await expect(held).toContainText('Held');
  await expect(held).toContainText(REFERENCE);
  await snap(page, 'clearance-held');

  // The dashboard lists it as stuck at customs, with its reference.
  await page.getByRole('navigation').getByRole('link', { name: 'Home' }).click();
  await expect(page.getByTestId('stuck-held')).toContainText('SS-1');
  await expect(page.getByTestId('stuck-held')).toContainText(REFERENCE);

  // Step 7 begins before the release: the truck is there, but the held parcel is refused, and so
  // is a number no parcel has; each refusal says why.
  await openManifest(page, harness, 'DHL Express', '1234-BCD', 'Ana Ruiz');
  await scanParcel(page, WAYBILL);
  const feedback = page.getByTestId('delivery-feedback');
  await expect(feedback).toContainText('Order SS-1 is held by customs');
  await scanParcel(page, '4099999999');
  await expect(feedback).toContainText('No parcel has the number 4099999999');
  await expect(page.getByRole('heading', { name: /^Loaded \(0, / })).toBeVisible();
  await snap(page, 'delivery-refused');

  // Customs releases once the documents are presented.
  await goTo(page, harness, '/clearance');
  await page.getByRole('tab', { name: /^Held/ }).click();
  await clearanceRow(page, 'SS-1').getByRole('button', { name: 'Record outcome' }).click();
  await drawer
    .locator('label')
    .filter({ hasText: /^Released$/ })
    .click();
  await drawer.getByLabel('What was presented').fill('Certificate of origin, supplier invoice');
  await drawer.getByRole('button', { name: 'Record', exact: true }).click();
  await expect(drawer).toHaveCount(0);
  await page.getByRole('tab', { name: /^Released/ }).click();
  await expect(clearanceRow(page, 'SS-1')).toContainText('Released');

  // The parcel now loads; the truck departs with it.
  await goTo(page, harness, '/delivery');
  await page.getByRole('button', { name: /^MAN-/ }).first().click();
  await scanParcel(page, WAYBILL);
  await expect(feedback).toContainText(`Loaded ${WAYBILL} (order SS-1)`);
  await expect(page.getByRole('heading', { name: 'Missing (0)' })).toBeVisible();
  await page.getByRole('button', { name: 'Depart' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Depart' }).click();
  await expect(page.getByText(/departed: 1 orders in transit/)).toBeVisible();

  // In transit, then delivered by hand.
  await page.getByRole('tab', { name: 'In transit' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'SS-1' })).toContainText(WAYBILL);
  await page.getByLabel('Tracking number').fill(WAYBILL);
  await page.getByLabel('Delivered at').fill(`${dayFromToday(1)}T11:20`);
  await page.getByLabel('Received by').fill('Emily Carter');
  await page.getByRole('button', { name: 'Confirm delivery' }).click();
  await expect(page.getByText('Order SS-1 delivered.')).toBeVisible();
  await expect(page.getByText('No shipments in transit.')).toBeVisible();

  // The order's page: its panels and its way through the seven steps, with who and when.
  await goTo(page, harness, `/orders/${orderId}`);
  await expect(page.getByText('Delivered', { exact: true }).first()).toBeVisible();
  const timeline = page.getByTestId('order-timeline');
  for (const step of ['Confirm', 'Pick', 'Pack and documents', 'Declare', 'Transport', 'Clearance', 'Deliver']) {
    await expect(timeline.getByText(step, { exact: true })).toBeVisible();
  }
  await expect(timeline.getByText('not yet')).toHaveCount(0);
  for (const action of ['Declaration filed', 'Carrier booked', 'Held at customs', 'Released by customs', 'Dispatched', 'Delivered']) {
    await expect(timeline.getByText(action, { exact: true }).first()).toBeVisible();
  }
  await snap(page, 'order-panels');
});
