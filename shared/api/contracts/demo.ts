// The demo data's commands: offered on first start, loaded or declined once.
import type { z } from 'zod';
import { type Command, command, none } from '../command';
import type { DemoCommand } from '../names/demo';
import type * as T from '../types';

export const demoContract = {
  'demo.status': command<T.DemoStatus>()(none, { reads: ['orders', 'settings'] }),
  'demo.load': command<T.ImportOutcome>()(none, {
    reads: ['shipping_rules', 'carriers'],
    writes: ['orders', 'order_lines', 'audit_log', 'settings', 'imports', 'products', 'locations', 'stock_movements', 's10_ranges'],
  }),
  // Answers with the new status, which looks at the orders.
  'demo.dismiss': command<T.DemoStatus>()(none, { reads: ['orders'], writes: ['settings'] }),
} satisfies Record<DemoCommand, Command<z.ZodType, unknown>>;
