// The forms of step 7 (a loading manifest, a delivery confirmation): the same schemas drive the
// react-hook-form forms and are re-checked in main.
import { z } from 'zod';
import { Id, text } from './common';

/** "2026-12-04T16:30" (a datetime-local input) or a full ISO time; kept as typed. */
export const dateTime = z
  .string({ error: 'validation.required' })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?)?$/, { error: 'delivery.validation.dateTime' })
  .refine((v) => !Number.isNaN(new Date(v.length === 10 ? `${v}T00:00:00Z` : v.replace(' ', 'T')).getTime()), { error: 'delivery.validation.dateTime' });

export const createManifestSchema = z
  .object({
    carrierId: Id,
    // Plates are written as painted ("1234 KLM", "B-AB 123"): letters, digits, spaces and dashes.
    vehiclePlate: text(20, { required: true }).refine((v) => /^[\p{L}\p{N} -]+$/u.test(v), { error: 'delivery.validation.plate' }),
    driver: text(100, { required: true }),
    plannedDeparture: dateTime,
  })
  .strict();
export type CreateManifestInput = z.input<typeof createManifestSchema>;

/** A delivery confirmed by hand: the order (or a parcel's tracking number), when, and who received it. */
export const confirmDeliverySchema = z
  .object({
    orderId: Id.optional(),
    trackingNumber: text(40).optional(),
    deliveredAt: dateTime,
    receiver: text(100, { required: true }),
  })
  .strict()
  .refine((v) => v.orderId !== undefined || (v.trackingNumber ?? '') !== '', { error: 'delivery.validation.orderOrNumber', path: ['trackingNumber'] });
export type ConfirmDeliveryInput = z.input<typeof confirmDeliverySchema>;
