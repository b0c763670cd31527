// The commands of step 7: loading manifests, dispatch, delivery confirmation and returns; each input is re-checked in main.
import type { z } from 'zod';
import type { Command } from '../command';
import type { DeliveryCommand } from '../names/delivery';

export const deliveryContract = {} satisfies Record<DeliveryCommand, Command<z.ZodType, unknown>>;
