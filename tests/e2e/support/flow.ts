// Steps the seven-step specs share for steps 4 to 7: documents finalised through the commands (the
// customs specs walk them in the page), filing, booking, customs' outcome and loading through the
// screens as a broker and a clerk do them.
import { type Page, expect } from '@playwright/test';
import { COMPANY } from '../customsSetup';
import type { HarnessProcess } from '../harness';

/** The page at `path` (`/clearance`, `/orders/12`) of the running harness. */
export async function goTo(page: Page, harness: HarnessProcess, path: string): Promise<void> {
  await page.goto(`${harness.url.replace(/#.*$/, '')}#${path}`);
}

/** A day `offset` days from today, as a date input wants it (2026-12-11). */
export function dayFromToday(offset: number): string {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * Every document the order's destination needs, finalised through the commands (the problems a
 * broker may override are overridden with a reason), so the order is documents_ready. Returns the
 * declaration's id.
 */
export async function finalDocuments(harness: HarnessProcess, orderId: number): Promise<number> {
  await harness.call('company.update', COMPANY);
  const { required } = (await harness.call('customs.orderDocuments', { orderId })) as { required: string[] };
  let declarationId = 0;
  for (const type of ['declaration', ...required.filter((t) => t !== 'declaration')]) {
    const { id } = (await harness.call('customs.create', { type, orderIds: [orderId], lang: 'en' })) as { id: number };
    const check = (await harness.call('customs.check', { id })) as { problems: { key: string; overridable: boolean }[] };
    const overrides = check.problems.filter((p) => p.overridable).map((p) => ({ key: p.key, reason: 'checked by hand' }));
    const { revision } = (await harness.call('customs.get', { id })) as { revision: number };
    await harness.call('customs.finalise', { id, revision, overrides });
    if (type === 'declaration') declarationId = id;
  }
  return declarationId;
}

/** Step 5 on /transport: the order's proposed courier (DHL Express) booked with the typed air waybill number. */
export async function bookWithTypedNumber(page: Page, harness: HarnessProcess, orderNumber: string, waybill: string): Promise<void> {
  await goTo(page, harness, '/transport');
  const row = page.getByTestId('transport-waiting').getByRole('row').filter({ hasText: orderNumber });
  await row.getByRole('button', { name: 'Book…' }).click();
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByText('How the rules chose')).toBeVisible();
  await drawer.getByTestId('book-number-1').fill(waybill);
  await drawer.getByRole('button', { name: 'Book', exact: true }).click();
  await expect(page.getByTestId('transport-shipments').getByRole('row').filter({ hasText: orderNumber })).toContainText(waybill);
}

/** The clearance list's row of an order's declaration, on the tab given (the list opens on "Awaiting customs"). */
export function clearanceRow(page: Page, orderNumber: string) {
  return page.getByRole('table', { name: 'Inspection and clearance' }).getByRole('row').filter({ hasText: orderNumber });
}

/** Chooses `text` as the file a FileButton asks for (Mantine's hidden input opens a file chooser). */
export async function chooseFile(page: Page, button: string, name: string, text: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
}

/** A new loading manifest on /delivery for the carrier, opened on its scan bench. */
export async function openManifest(page: Page, harness: HarnessProcess, carrier: string, plate: string, driver: string): Promise<void> {
  await goTo(page, harness, '/delivery');
  await page.getByRole('textbox', { name: 'Carrier' }).click();
  await page.getByRole('option', { name: carrier }).click();
  await page.getByLabel('Vehicle plate').fill(plate);
  await page.getByLabel('Driver').fill(driver);
  await page.getByLabel('Planned departure').fill(`${dayFromToday(0)}T18:00`);
  await page.getByRole('button', { name: 'Create manifest' }).click();
  await expect(page.getByTestId('delivery-scan')).toBeFocused();
}

/** Scans `code` into the bench's scan field, as a keyboard-wedge scanner types it and presses Enter. */
export async function scanParcel(page: Page, code: string): Promise<void> {
  await page.getByTestId('delivery-scan').fill(code);
  await page.getByTestId('delivery-scan').press('Enter');
}

/**
 * A screenshot to /tmp/e2e-<name>.png for a person to look at, only when E2E_SHOTS is set: the
 * specs check the screens with assertions, and a full-page capture costs seconds on a busy machine.
 */
export async function snap(page: Page, name: string): Promise<void> {
  if (process.env.E2E_SHOTS) await page.screenshot({ path: `/tmp/e2e-${name}.png`, fullPage: true });
}
