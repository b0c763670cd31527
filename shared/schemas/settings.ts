// What the person using the app calls themselves: written on every audit entry and stock movement.
// The form (first start, Settings) and main check it with this one schema.
import { z } from 'zod';
import { text } from './common';

export const actorName = text(80, { required: true }).refine((v) => !/[\t\n\r]/.test(v), { error: 'validation.controlChars' });

export const actorSchema = z.object({ actor: actorName }).strict();
export type ActorInput = z.input<typeof actorSchema>;
