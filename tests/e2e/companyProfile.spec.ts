// The company profile, contract clauses and destination rules in Settings, end to end: a profile
// filled in (address, EORI, IBAN, signatory, logo) survives a reload; a series prefix shows the
// number it gives and a bad one is refused at its field; a document's deep link lands on the
// field the profile lacks; every seeded rule shows its source and date; a rule is added and
// deleted; a Spanish clause is saved.
import { deflateSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { expect, test } from './harness';

// A small real PNG (a 24 x 12 indigo bar), so the browser shows it as an image.
function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}
function png(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => [0x4c, 0x6e, 0xf5]).flat())]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function openSettings(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('button', { name: 'Start empty' }).click();
  await page.getByRole('link', { name: 'Settings' }).click();
}

async function choose(page: Page, scope: ReturnType<Page['locator']>, label: string, search: string, option: RegExp | string) {
  await scope.getByRole('textbox', { name: label, exact: true }).fill(search);
  await page.getByRole('option', { name: option }).click();
}

test('the company profile is filled in, saved and kept', async ({ page, harness }) => {
  await openSettings(page, harness.url);
  const profile = page.getByRole('form', { name: 'Company profile' });

  await profile.getByRole('textbox', { name: 'Legal name' }).fill('Shenzhen Example Trading Co., Ltd.');
  await profile.getByRole('button', { name: 'Add an address' }).click();
  const address = profile.locator('[data-address="0"]');
  await expect(address.getByRole('textbox', { name: 'Kind of address' })).toHaveValue('Registered office');
  await address.getByRole('textbox', { name: 'Street and number' }).fill('Calle de Alcalá 48');
  await address.getByRole('textbox', { name: 'City' }).fill('Madrid');
  await address.getByRole('textbox', { name: 'Postal code' }).fill('28014');
  await choose(page, address, 'Country', 'Spain', /Spain/);

  await profile.getByRole('button', { name: 'Add a number' }).click();
  const identifier = profile.locator('[data-identifier="0"]');
  await expect(identifier.getByRole('textbox', { name: 'Kind of number' })).toHaveValue('EORI number');
  await identifier.getByRole('textbox', { name: 'Number', exact: true }).fill('ESB12345678');
  await choose(page, identifier, 'Issued by (country)', 'Spain', /Spain/);

  await profile.getByRole('textbox', { name: 'IBAN' }).fill('ES9121000418450200051332');
  await profile.getByRole('button', { name: 'Add a signatory' }).click();
  await profile.getByRole('textbox', { name: 'Name', exact: true }).fill('Lucía Martín');
  await profile.getByRole('textbox', { name: 'Position' }).fill('Managing Director');

  // A file that is not a PNG or JPEG is refused in words; the PNG is shown.
  await profile.getByLabel('Logo file').setInputFiles({ name: 'logo.gif', mimeType: 'image/gif', buffer: Buffer.from('GIF89a') });
  await expect(profile.getByText('The logo must be a PNG or JPEG image.')).toBeVisible();
  await profile.getByLabel('Logo file').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: png(24, 12) });
  await expect(profile.getByRole('img', { name: 'Company logo' })).toBeVisible();
  await expect(profile.getByText('The logo must be a PNG or JPEG image.')).toBeHidden();

  await profile.getByRole('button', { name: 'Save the profile' }).click();
  await expect(page.getByText('Company profile saved.')).toBeVisible();

  await page.reload();
  await expect(profile.getByRole('textbox', { name: 'Legal name' })).toHaveValue('Shenzhen Example Trading Co., Ltd.');
  await expect(profile.locator('[data-address="0"]').getByRole('textbox', { name: 'City' })).toHaveValue('Madrid');
  await expect(profile.locator('[data-address="0"]').getByRole('textbox', { name: 'Country' })).toHaveValue(/Spain/);
  await expect(profile.locator('[data-identifier="0"]').getByRole('textbox', { name: 'Number', exact: true })).toHaveValue('ESB12345678');
  await expect(profile.getByRole('textbox', { name: 'IBAN' })).toHaveValue('ES9121000418450200051332');
  await expect(profile.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('Lucía Martín');
  await expect(profile.getByRole('img', { name: 'Company logo' })).toHaveAttribute('src', /^data:image\/png;base64,/);
  const saved = (await harness.call('company.get', {})) as { identifiers: unknown[]; signatories: unknown[] };
  expect(saved.identifiers).toEqual([{ scheme: 'EORI', value: 'ESB12345678', country: 'ES', label: '' }]);
  expect(saved.signatories).toEqual([{ name: 'Lucía Martín', role: 'Managing Director' }]);
});

test('a bad series prefix and a missing legal name are refused at their fields; a good prefix shows its number', async ({ page, harness }) => {
  await openSettings(page, harness.url);
  const profile = page.getByRole('form', { name: 'Company profile' });
  const legalName = profile.getByRole('textbox', { name: 'Legal name' });
  const invoicePrefix = profile.getByRole('textbox', { name: 'Commercial invoice' });

  // A prefix with a dash is refused beside the field, and nothing is saved.
  await invoicePrefix.fill('INV-26');
  await profile.getByRole('button', { name: 'Save the profile' }).click();
  await expect(invoicePrefix).toHaveAttribute('aria-invalid', 'true');
  await expect(profile.getByText('A series prefix is 1 to 8 capital letters or digits.')).toBeVisible();
  await expect(legalName).toHaveAttribute('aria-invalid', 'true');
  await expect(profile.getByText('This field is required. Fill it in.')).toBeVisible();
  await expect(profile.getByText('Some fields need attention')).toBeVisible();
  expect(((await harness.call('company.get', {})) as { series: { invoice: string } }).series.invoice).toBe('INV');

  // The series shows the number it will give while the prefix is typed; what was typed elsewhere stays.
  await legalName.fill('Shenzhen Example Trading Co., Ltd.');
  await invoicePrefix.fill('fac');
  await expect(profile.getByText(`e.g. FAC-${new Date().getFullYear()}-000001`)).toBeVisible();
  await expect(profile.getByText('A series prefix is 1 to 8 capital letters or digits.')).toBeHidden();
  await profile.getByRole('button', { name: 'Save the profile' }).click();
  await expect(page.getByText('Company profile saved.')).toBeVisible();
  await expect(invoicePrefix).toHaveValue('FAC');
  expect(((await harness.call('company.get', {})) as { series: { invoice: string } }).series.invoice).toBe('FAC');
});

test('a deep link from a document focuses the field the profile lacks', async ({ page, harness }) => {
  await openSettings(page, harness.url);
  await page.goto(`${harness.url}#/settings?field=company.bank.iban`);
  const iban = page.getByRole('form', { name: 'Company profile' }).getByRole('textbox', { name: 'IBAN' });
  await expect(iban).toBeFocused();
  await expect(iban).toBeInViewport();
  // The link is followed once: the address no longer carries it.
  await expect(page).not.toHaveURL(/field=/);

  // A list with nothing in it yet: the link lands on its "Add" button.
  await page.goto(`${harness.url}#/settings?field=company.signatories`);
  await expect(page.getByRole('button', { name: 'Add a signatory' })).toBeFocused();
});

test('destination rules show their sources; one is added and deleted', async ({ page, harness }, testInfo) => {
  await openSettings(page, harness.url);
  const rules = page.getByRole('table', { name: 'Destination rules' });
  // Every seeded rule, each with where it comes from and its date.
  await expect(rules.locator('tbody tr')).toHaveCount(13);
  const brazil = rules.locator('tbody tr').filter({ hasText: 'Brazil:' });
  await expect(brazil).toContainText("Consignee's CPF/CNPJ, in the expected format");
  await expect(brazil).toContainText('USPS Postal Bulletin 22536');
  await expect(brazil).toContainText('Dated Jan 2, 2020');
  await expect(rules.locator('tbody tr').filter({ hasText: 'EU member states:' })).toContainText('IOSS number for consignments up to 150 EUR');
  await expect(rules.locator('tbody tr').filter({ hasText: 'CN 22 up to 300 XDR and 2 kg, else CN 23' })).toContainText('UPU');
  for (const row of await rules.locator('tbody tr').all()) await expect(row).toContainText(/Dated /);
  await rules.screenshot({ path: testInfo.outputPath('settings-destination-rules.png') });

  // A new rule must say where it comes from to be traced later; here it does.
  await page.getByRole('button', { name: 'Add a rule' }).click();
  const dialog = page.getByRole('dialog', { name: 'New destination rule' });
  await expect(dialog.getByRole('textbox', { name: 'What the rule asks for' })).toHaveValue("Consignee's tax ID");
  await dialog.getByRole('button', { name: 'Add the rule' }).click();
  await expect(dialog.getByText('Choose at least one country, or “All countries”.')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Destination countries' }).fill('Peru');
  await page.getByRole('option', { name: /Peru/ }).click();
  await dialog.getByRole('textbox', { name: 'Name of the tax ID' }).fill('RUC');
  await dialog.getByRole('textbox', { name: 'Expected format (pattern)' }).fill('^(');
  await dialog.getByRole('textbox', { name: 'Source', exact: true }).fill('SUNAT, Peru customs guidance on courier shipments');
  await dialog.getByLabel('Date of the source').fill('2024-03-01');
  await dialog.getByRole('button', { name: 'Add the rule' }).click();
  await expect(dialog.getByText('This is not a valid pattern.')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Expected format (pattern)' }).fill('^\\d{11}$');
  await dialog.getByRole('button', { name: 'Add the rule' }).click();
  await expect(dialog).toBeHidden();
  const peru = rules.locator('tbody tr').filter({ hasText: 'Peru:' });
  await expect(peru).toContainText("Consignee's RUC, in the expected format");
  await expect(peru).toContainText('SUNAT, Peru customs guidance on courier shipments');
  await expect(peru).toContainText('Dated Mar 1, 2024');

  // Switched off, then deleted after a confirmation.
  // Mantine draws the switch over a hidden checkbox: the keyboard works it as a person would.
  await peru.getByRole('switch').focus();
  await page.keyboard.press('Space');
  await expect(peru.getByRole('switch')).not.toBeChecked();
  const stored = (await harness.call('company.rules', {})) as { countries: string[]; active: boolean }[];
  expect(stored.find((r) => r.countries.includes('PE'))?.active).toBe(false);
  await peru.getByRole('button', { name: /Delete the rule/ }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete this rule?' });
  await expect(confirm).toContainText('Source: SUNAT, Peru customs guidance on courier shipments');
  await confirm.getByRole('button', { name: 'Delete the rule' }).click();
  await expect(rules.locator('tbody tr')).toHaveCount(13);
  await expect(rules).not.toContainText('Peru');
});

test('a contract clause edited in Spanish is saved', async ({ page, harness }) => {
  await openSettings(page, harness.url);
  await page.getByRole('tab', { name: 'Spanish' }).click();
  const spanish = page.getByRole('form', { name: 'Clauses in Spanish' });
  const arbitration = spanish.getByRole('textbox', { name: 'Arbitration' });
  const text = 'Las controversias se resolverán mediante arbitraje de la Corte Española de Arbitraje, en Madrid.';
  await arbitration.fill(text);
  await spanish.getByRole('button', { name: 'Save the Spanish clauses' }).click();
  await expect(page.getByText('Spanish clauses saved.')).toBeVisible();
  const clauses = (await harness.call('company.clauses', {})) as { en: { arbitration: string }; es: { arbitration: string } };
  expect(clauses.es.arbitration).toBe(text);
  expect(clauses.en.arbitration).not.toBe(text);

  await page.reload();
  await page.getByRole('tab', { name: 'Spanish' }).click();
  await expect(page.getByRole('form', { name: 'Clauses in Spanish' }).getByRole('textbox', { name: 'Arbitration' })).toHaveValue(text);
});
