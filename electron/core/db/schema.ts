// The data file's tables as Kysely sees them: each area declares its own in <area>/tables.ts and
// this type only gathers them.
import type { AuditTables } from '../audit/tables';
import type { CatalogueTables } from '../catalogue/tables';
import type { CompanyTables } from '../company/tables';
import type { CustomsTables } from '../customs/tables';
import type { InventoryTables } from '../inventory/tables';
import type { OrdersTables } from '../orders/tables';
import type { PackingTables } from '../packing/tables';
import type { PickingTables } from '../picking/tables';
import type { SettingsTables } from '../settings/tables';
import type { ShippingTables } from '../shipping/tables';

export interface DB
  extends
    SettingsTables,
    AuditTables,
    OrdersTables,
    CatalogueTables,
    InventoryTables,
    PickingTables,
    PackingTables,
    ShippingTables,
    CompanyTables,
    CustomsTables {}
