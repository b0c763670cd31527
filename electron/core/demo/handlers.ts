// The demo data's command handlers: offered on first start, loaded or declined once.
import type { DemoCommand } from '../../../shared/api/names/demo';
import type { AreaHandlers } from '../api/handlerTypes';
import { stampOf } from '../api/stamp';
import { demoStatus, dismissDemo, loadDemo } from './demoService';

export const demoHandlers: AreaHandlers<DemoCommand> = {
  'demo.status': (_input, ctx) => demoStatus(ctx.db),
  'demo.load': async (_input, ctx) => loadDemo(ctx.db, ctx.emit, await stampOf(ctx)),
  'demo.dismiss': (_input, ctx) => dismissDemo(ctx.db),
};
