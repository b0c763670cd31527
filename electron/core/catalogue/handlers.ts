// The catalogue area's command handlers; inputs arrive validated against the contract.
import type { CatalogueCommand } from '../../../shared/api/names/catalogue';
import type { AreaHandlers } from '../api/handlerTypes';

export const catalogueHandlers: AreaHandlers<CatalogueCommand> = {};
