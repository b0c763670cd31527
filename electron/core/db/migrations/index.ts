// Migrations provided in code: the main bundle cannot read a migrations folder at run time.
// Names are timestamp-prefixed so Kysely runs them in order; never edit one that has shipped.
import type { Migration, MigrationProvider } from 'kysely';
import * as orders from './2026-11-26T0000_orders';
import * as orderSearch from './2026-11-26T1500_order_search';
import * as products from './2026-11-26T2000_products';
import * as inventory from './2026-11-26T2010_inventory';
import * as picking from './2026-11-26T2020_picking';
import * as packing from './2026-11-26T2030_packing';
import * as lineCustoms from './2026-11-29T1000_line_customs';
import * as shippingLines from './2026-11-29T1030_shipping_lines';
import * as customsDocuments from './2026-11-29T1300_customs_documents';
import * as filing from './2026-12-04T1200_filing';
import * as transport from './2026-12-04T1210_transport';
import * as clearance from './2026-12-04T1220_clearance';
import * as delivery from './2026-12-04T1230_delivery';
import * as orderStatusAt from './2026-12-05T0900_order_status_at';
import * as carrierLimits from './2026-12-05T0910_carrier_limits';

export const MIGRATIONS: Record<string, Migration> = {
  '2026-11-26T0000_orders': orders,
  '2026-11-26T1500_order_search': orderSearch,
  '2026-11-26T2000_products': products,
  '2026-11-26T2010_inventory': inventory,
  '2026-11-26T2020_picking': picking,
  '2026-11-26T2030_packing': packing,
  '2026-11-29T1000_line_customs': lineCustoms,
  '2026-11-29T1030_shipping_lines': shippingLines,
  '2026-11-29T1300_customs_documents': customsDocuments,
  '2026-12-04T1200_filing': filing,
  '2026-12-04T1210_transport': transport,
  '2026-12-04T1220_clearance': clearance,
  '2026-12-04T1230_delivery': delivery,
  '2026-12-05T0900_order_status_at': orderStatusAt,
  '2026-12-05T0910_carrier_limits': carrierLimits,
};

export class InCodeMigrationProvider implements MigrationProvider {
  constructor(private readonly migrations: Record<string, Migration> = MIGRATIONS) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return this.migrations;
  }
}
