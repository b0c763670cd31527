// The handlers of the whole flow at a glance: the dashboard and each order's timeline; inputs arrive validated against the contract.
import type { FlowCommand } from '../../../shared/api/names/flow';
import type { AreaHandlers } from '../api/handlerTypes';
import { stampOf } from '../api/stamp';
import { flowDashboard } from './dashboardService';
import { orderTimeline } from './timelineService';
import { getFlowSettings, saveFlowSettings } from './waitingSetting';

export const flowHandlers: AreaHandlers<FlowCommand> = {
  // The dashboard's "now" is the core's clock, so tests (and a restored file) see stable waiting times.
  'flow.dashboard': (_input, ctx) => flowDashboard(ctx.db, ctx.clock().toISOString()),
  'flow.settings': (_input, ctx) => getFlowSettings(ctx.db),
  'flow.saveSettings': async (input, ctx) => saveFlowSettings(ctx.db, input, await stampOf(ctx)),
  'flow.timeline': (input, ctx) => orderTimeline(ctx.db, input.orderId),
};
