// The inventory area's command handlers; inputs arrive validated against the contract.
import type { InventoryCommand } from '../../../shared/api/names/inventory';
import type { AreaHandlers } from '../api/handlerTypes';
import { listLocations, saveLocation } from './locations';
import { adjustStock, receiveGoods } from './receiving';
import { cancelStockImport, commitStockImport, previewStockImport } from './stockImport';
import { listStock, productStock } from './stockQueries';

export const inventoryHandlers: AreaHandlers<InventoryCommand> = {
  'locations.list': (_input, ctx) => listLocations(ctx.db),
  'locations.save': (input, ctx) => saveLocation(ctx.db, input.id, input.location),
  'stock.list': (input, ctx) => listStock(ctx.db, input),
  'stock.product': (input, ctx) => productStock(ctx.db, input),
  'stock.receive': (input, ctx) => receiveGoods(ctx.db, input),
  'stock.adjust': (input, ctx) => adjustStock(ctx.db, input),
  'stock.importPreview': (input, ctx) => previewStockImport(ctx.db, input, ctx.emit),
  'stock.importCommit': (input, ctx) => commitStockImport(ctx.db, input, ctx.emit),
  'stock.importCancel': async (input) => cancelStockImport(input.jobId),
};
