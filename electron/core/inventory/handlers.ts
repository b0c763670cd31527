// The inventory area's command handlers; inputs arrive validated against the contract.
import type { InventoryCommand } from '../../../shared/api/names/inventory';
import type { AreaHandlers } from '../api/handlerTypes';
import { stampOf } from '../api/stamp';
import { listLocations, saveLocation } from './locations';
import { adjustStock, receiveGoods } from './receiving';
import { cancelStockImport, commitStockImport, previewStockImport } from './stockImport';
import { listStock, productStock } from './stockQueries';

export const inventoryHandlers: AreaHandlers<InventoryCommand> = {
  'locations.list': (_input, ctx) => listLocations(ctx.db),
  'locations.save': async (input, ctx) => saveLocation(ctx.db, input.id, input.location, await stampOf(ctx)),
  'stock.list': (input, ctx) => listStock(ctx.db, input),
  'stock.product': (input, ctx) => productStock(ctx.db, input),
  'stock.receive': async (input, ctx) => receiveGoods(ctx.db, input, await stampOf(ctx)),
  'stock.adjust': async (input, ctx) => adjustStock(ctx.db, input, await stampOf(ctx)),
  'stock.importPreview': (input, ctx) => previewStockImport(ctx.db, input, ctx.emit),
  'stock.importCommit': async (input, ctx) => commitStockImport(ctx.db, input, ctx.emit, await stampOf(ctx)),
  'stock.importCancel': async (input) => cancelStockImport(input.jobId),
};
