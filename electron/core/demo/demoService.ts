// The offer of demo data on first start: load it through the ordinary CSV imports, or decline.
import type { Kysely } from 'kysely';
import type { AppEvent } from '../../../shared/api/commands';
import type { DemoStatus, ImportOutcome } from '../../../shared/api/types';
import type { Stamp } from '../api/stamp';
import type { DB } from '../db/schema';
import { commitProductImport } from '../catalogue/importService';
import { commitStockImport } from '../inventory/stockImport';
import { commitImport } from '../orders/importService';
import { readSetting, writeSetting } from '../settings/settingsService';
import { demoProductsCsv, demoStockCsv } from './demoCatalogue';
import { demoCsv } from './demoOrders';
import { loadDemoRanges } from './demoRanges';

export async function demoStatus(db: Kysely<DB>): Promise<DemoStatus> {
  const any = await db.selectFrom('orders').select('id').limit(1).executeTakeFirst();
  return { hasOrders: any !== undefined, answered: (await readSetting(db, 'demo.answered')) === 'yes' };
}

/**
 * The demo shop: its catalogue, its opening stock, then its orders, each through the ordinary
 * import; and its S10 ranges for the post, so postal orders can be booked (step 5).
 */
export async function loadDemo(db: Kysely<DB>, emit: (e: AppEvent) => void, stamp: Stamp): Promise<ImportOutcome> {
  await commitProductImport(db, { fileName: 'demo-products.csv', text: demoProductsCsv(), onlyValid: false }, emit, stamp);
  await commitStockImport(db, { fileName: 'demo-stock.csv', text: demoStockCsv(), onlyValid: false }, emit, stamp);
  const outcome = await commitImport(db, { fileName: 'demo-orders.csv', text: demoCsv(), channel: '', onlyValid: false }, emit, stamp);
  await loadDemoRanges(db, stamp);
  await writeSetting(db, 'demo.answered', 'yes');
  return outcome;
}

export async function dismissDemo(db: Kysely<DB>): Promise<DemoStatus> {
  await writeSetting(db, 'demo.answered', 'yes');
  return demoStatus(db);
}
