// The data file's tables as Kysely sees them: each area declares its own in <area>/tables.ts and
// this type only gathers them.
import type { AuditTables } from '../audit/tables';
import type { CatalogueTables } from '../catalogue/tables';
import type { ClearanceTables } from '../clearance/tables';
import type { CompanyTables } from '../company/tables';
import type { CustomsTables } from '../customs/tables';
import type { DeliveryTables } from '../delivery/tables';
import type { FilingTables } from '../filing/tables';
import type { InventoryTables } from '../inventory/tables';
import type { OrdersTables } from '../orders/tables';
import type { PackingTables } from '../packing/tables';
import type { PickingTables } from '../picking/tables';
import type { SettingsTables } from '../settings/tables';
import type { ShippingTables } from '../shipping/tables';
import type { TransportTables } from '../transport/tables';

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
    CustomsTables,
    FilingTables,
    TransportTables,
    ClearanceTables,
    DeliveryTables {}
