// The packing area's command handlers; inputs arrive validated against the contract.
import type { PackingCommand } from '../../../shared/api/names/packing';
import type { AreaHandlers } from '../api/handlerTypes';
import { stampOf } from '../api/stamp';
import { closeParcel, finishPacking, reopenParcel } from './closeService';
import { packingList } from './packingList';
import { discardParcel, openParcel, removeItem, scanItem, setPreset } from './parcelService';
import { getPackingSettings, listPresets, savePreset, updatePackingSettings } from './presetService';
import { packingStation, waitingOrders } from './stationService';

export const packingHandlers: AreaHandlers<PackingCommand> = {
  'packing.presets': (_input, ctx) => listPresets(ctx.db),
  'packing.savePreset': (input, ctx) => savePreset(ctx.db, input),
  'packing.settings': (_input, ctx) => getPackingSettings(ctx.db),
  'packing.updateSettings': (input, ctx) => updatePackingSettings(ctx.db, input),
  'packing.waiting': (_input, ctx) => waitingOrders(ctx.db),
  'packing.station': (input, ctx) => packingStation(ctx.db, input),
  'packing.openParcel': async (input, ctx) => openParcel(ctx.db, input, await stampOf(ctx)),
  'packing.setPreset': (input, ctx) => setPreset(ctx.db, input),
  'packing.discardParcel': (input, ctx) => discardParcel(ctx.db, input),
  'packing.scanItem': async (input, ctx) => scanItem(ctx.db, input, await stampOf(ctx)),
  'packing.removeItem': async (input, ctx) => removeItem(ctx.db, input, await stampOf(ctx)),
  'packing.closeParcel': async (input, ctx) => closeParcel(ctx.db, input, await stampOf(ctx)),
  'packing.reopenParcel': async (input, ctx) => reopenParcel(ctx.db, input, await stampOf(ctx)),
  'packing.finish': async (input, ctx) => finishPacking(ctx.db, input, await stampOf(ctx)),
  'packing.packingList': (input, ctx) => packingList(ctx.db, input.orderId),
};
