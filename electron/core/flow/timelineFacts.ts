// The few facts of an audit entry worth a line on the timeline, read from what each area writes
// in its entries (a hold reason, a document's number, a pick list, a waybill, a customs reference...).
import type { TimelineFact, TimelineFactKey } from '../../../shared/api/contracts/flow';

function str(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

const MAX_VALUE = 120;

/** The facts of one entry, each at most once, long values cut short. */
export function factsOf(after: unknown): TimelineFact[] {
  const a = record(after);
  const facts: TimelineFact[] = [];
  const add = (key: TimelineFactKey, value: string | undefined) => {
    if (value === undefined || facts.some((f) => f.key === key)) return;
    facts.push({ key, value: value.length > MAX_VALUE ? `${value.slice(0, MAX_VALUE - 1)}…` : value });
  };
  add('reason', str(a.reason) ?? str(a.holdReason));
  // Why a return was opened (electron/core/returns/openReturn.ts): a code the screen puts in words.
  add('cause', str(a.cause));
  // Customs papers (electron/core/customs/documentService.ts): the type as a code, then number and version.
  add('documentType', str(a.type));
  const number = str(a.number) ?? str(a.documentNumber);
  if (number !== undefined) {
    const version = str(a.version);
    add('document', [number, version ? `v${version}` : undefined].filter(Boolean).join(' '));
  }
  add('pickList', str(a.pickList));
  add('parcels', str(a.parcels));
  add('office', str(a.office));
  add('reference', str(a.reference) ?? str(a.customsReference));
  add('waybill', str(a.waybill) ?? (Array.isArray(a.numbers) ? a.numbers.filter((n) => typeof n === 'string').join(', ') || undefined : undefined));
  add('outcome', str(a.outcome));
  add('dueDate', str(a.dueDate) ?? str(a.due_date));
  add('receiver', str(a.receiver) ?? str(a.receivedBy));
  if (Array.isArray(a.shortage) && a.shortage.length > 0) add('shortage', a.shortage.map((l) => str(record(l).sku) ?? '?').join(', '));
  else if (str(a.sku) !== undefined && str(a.missing) !== undefined) add('shortage', `${str(a.sku)} −${str(a.missing)}`);
  return facts;
}
