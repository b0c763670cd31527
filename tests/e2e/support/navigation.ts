// The app opens on the dashboard (/home); specs about orders walk to the list the way a user does,
// through the navbar (whose link reads "1 Orders": the step number, then the name).
import type { Page } from '@playwright/test';

/** `label` is the navbar's word for the list in the UI's language ('Pedidos' in Spanish). */
export async function openOrders(page: Page, label = 'Orders'): Promise<void> {
  await page
    .getByRole('navigation')
    .getByRole('link', { name: new RegExp(`${label}$`) })
    .click();
}
