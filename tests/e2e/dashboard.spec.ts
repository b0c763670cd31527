// The home dashboard end to end: the app opens on it, it counts orders at each of the seven steps
// (packed orders through the real commands, one more only received), names the next work, and a
// click on a step leads to that step's page; the order page shows the timeline.
import { cleanOrder } from '../unit/support/orders';
import { packedOrders } from './customsSetup';
import { expect, test } from './harness';

test('the dashboard counts the orders per step and a click leads to the step', async ({ page, harness }) => {
  const [first] = await packedOrders(harness, [cleanOrder({ orderNumber: 'D-1' }), cleanOrder({ orderNumber: 'D-2' })]);
  await harness.call('orders.create', { order: cleanOrder({ orderNumber: 'D-3' }) });

  await page.goto(harness.url);
  await expect(page.getByRole('heading', { name: 'Where every order is', level: 2 })).toBeVisible();
  await expect(page.getByTestId('step-pack').getByTestId('step-total')).toHaveText('2');
  await expect(page.getByTestId('step-confirm').getByTestId('step-total')).toHaveText('1');
  await expect(page.getByTestId('step-pick').getByTestId('step-total')).toHaveText('0');
  // The broker's next work: the two packed orders' documents.
  await expect(page.getByTestId('work-broker').getByRole('link', { name: 'Documents to finish' })).toBeVisible();

  await page.getByRole('link', { name: 'Pack and documents: 2 orders. Open the step.' }).click();
  await expect(page).toHaveURL(/#\/packing$/);

  // Back home from the navbar, then the received order's status leads to the filtered list.
  await page.getByRole('navigation').getByRole('link', { name: 'Home' }).click();
  await page.getByTestId('step-confirm').getByRole('link', { name: 'Received: 1' }).click();
  await expect(page).toHaveURL(/#\/orders\?status=received$/);
  await expect(page.getByRole('row').filter({ hasText: 'D-3' })).toHaveCount(1);

  // The packed order's page shows where it stands among the seven steps.
  await page.goto(harness.url.replace(/#.*$/, '') + `#/orders/${first}`);
  const timeline = page.getByTestId('order-timeline');
  await expect(timeline.getByText('Pack and documents')).toBeVisible();
  await expect(timeline.getByText('here now')).toBeVisible();
});
