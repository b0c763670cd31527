// Customs' word on a filed declaration (step 6): the record-outcome form's schema, which main
// re-checks on every outcome, typed by hand or read from an imported file.
import { z } from 'zod';
import { Id, isoDate, text } from './common';

export const CLEARANCE_OUTCOMES = ['released', 'held', 'rejected'] as const;
export type ClearanceOutcomeKind = (typeof CLEARANCE_OUTCOMES)[number];

/** The clearance list's tabs: awaiting customs' word, held, released, rejected, or every live filing. */
export const CLEARANCE_FILTERS = ['awaiting', 'held', 'released', 'rejected', 'all'] as const;
export type ClearanceFilter = (typeof CLEARANCE_FILTERS)[number];

const MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** A date (2026-12-04) or a moment with its zone (2026-12-04T10:30:00Z), as customs stated it. */
export function isCustomsDate(v: string): boolean {
  if (isoDate.safeParse(v).success) return true;
  return MOMENT.test(v) && !Number.isNaN(Date.parse(v)) && isoDate.safeParse(v.slice(0, 10)).success;
}

export const customsDate = z.string({ error: 'clearance.validation.date' }).trim().refine(isCustomsDate, { error: 'clearance.validation.date' });

/**
 * Whether `a` is earlier than `b`. A bare date is a whole day as customs wrote it, so against a
 * date only the days are compared (a release on the filing's day is not "before" it).
 */
export function isBefore(a: string, b: string): boolean {
  if (a.length === 10 || b.length === 10) return a.slice(0, 10) < b.slice(0, 10);
  return Date.parse(a) < Date.parse(b);
}

const optionalDate = z.union([z.literal(''), customsDate]).optional();
const optionalDay = z.union([z.literal(''), isoDate]).optional();

export const recordOutcomeSchema = z
  .object({
    filingId: Id,
    outcome: z.enum(CLEARANCE_OUTCOMES, { error: 'clearance.validation.outcome' }),
    decidedAt: customsDate,
    /** Held: what customs asked for (documents, an inspection). */
    requested: text(500).optional(),
    /** What was presented in answer, and when. */
    presented: text(500).optional(),
    presentedAt: optionalDate,
    /** Held: the day by which customs expects it. */
    dueDate: optionalDay,
    /** Rejected: customs' reason. */
    reason: text(500).optional(),
    note: text(1000).optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.outcome === 'held') {
      if (!v.requested) ctx.addIssue({ code: 'custom', path: ['requested'], message: 'clearance.validation.requestedRequired' });
      if (!v.dueDate) ctx.addIssue({ code: 'custom', path: ['dueDate'], message: 'clearance.validation.dueDateRequired' });
      else if (isBefore(v.dueDate, v.decidedAt)) ctx.addIssue({ code: 'custom', path: ['dueDate'], message: 'clearance.validation.dueBeforeDecision' });
    }
    if (v.outcome === 'rejected' && !v.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'clearance.validation.reasonRequired' });
  });
export type RecordOutcomeInput = z.input<typeof recordOutcomeSchema>;
