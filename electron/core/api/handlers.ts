// Every command's handler, gathered from the areas (electron/core/<area>/handlers.ts), each
// calling the services of its step of the flow. Inputs arrive already validated against the contract.
import { backupsHandlers } from '../backups/handlers';
import { catalogueHandlers } from '../catalogue/handlers';
import { companyHandlers } from '../company/handlers';
import { customsHandlers } from '../customs/handlers';
import { demoHandlers } from '../demo/handlers';
import { documentsHandlers } from '../documents/handlers';
import { inventoryHandlers } from '../inventory/handlers';
import { ordersHandlers } from '../orders/handlers';
import { packingHandlers } from '../packing/handlers';
import { pickingHandlers } from '../picking/handlers';
import { settingsHandlers } from '../settings/handlers';
import { shippingHandlers } from '../shipping/handlers';
import { uploadsHandlers } from '../uploads/handlers';
import { filingHandlers } from '../filing/handlers';
import { transportHandlers } from '../transport/handlers';
import { clearanceHandlers } from '../clearance/handlers';
import { deliveryHandlers } from '../delivery/handlers';
import { flowHandlers } from '../flow/handlers';
import { returnsHandlers } from '../returns/handlers';
import type { Handlers } from './handlerTypes';

export type { BackupService, HandlerContext, Handlers } from './handlerTypes';

export const handlers: Handlers = {
  ...settingsHandlers,
  ...demoHandlers,
  ...ordersHandlers,
  ...backupsHandlers,
  ...catalogueHandlers,
  ...inventoryHandlers,
  ...pickingHandlers,
  ...packingHandlers,
  ...documentsHandlers,
  ...uploadsHandlers,
  ...shippingHandlers,
  ...companyHandlers,
  ...customsHandlers,
  ...filingHandlers,
  ...transportHandlers,
  ...clearanceHandlers,
  ...deliveryHandlers,
  ...returnsHandlers,
  ...flowHandlers,
};
