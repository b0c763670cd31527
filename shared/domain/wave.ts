// Pure rules of wave planning: how pick lists and containers are named, the walking order of
// pick lines, and how an order line's reserved quantity is spread over the bins that hold it.

export const CONTAINER_MODES = ['perOrder', 'shared'] as const;
export type ContainerMode = (typeof CONTAINER_MODES)[number];

/** Why a picker could not pick: the reasons offered in the short-pick form (free text may follow). */
export const SHORT_REASONS = ['notFound', 'damaged', 'wrongItem', 'other'] as const;
export type ShortReason = (typeof SHORT_REASONS)[number];

/** "damaged" or "damaged: box crushed": the reason code kept apart from the picker's words. */
export function composeShortReason(code: ShortReason, note: string): string {
  const words = note.trim();
  return words ? `${code}: ${words}` : code;
}

export function splitShortReason(reason: string): { code?: ShortReason; note: string } {
  const m = /^(\w+)(?::\s*(.*))?$/s.exec(reason.trim());
  if (m && (SHORT_REASONS as readonly string[]).includes(m[1]!)) return { code: m[1] as ShortReason, note: (m[2] ?? '').trim() };
  return { note: reason.trim() };
}

export function pickListNumber(id: number): string {
  return `PL-${String(id).padStart(6, '0')}`;
}

/** Containers (totes) are labelled after their list, so a tote found on a trolley names its list. */
export function containerLabel(listNumber: string, index: number): string {
  return `${listNumber}-${String(index + 1).padStart(2, '0')}`;
}

export interface BinSlot {
  locationId: number;
  binCode: string;
  walkOrder: number;
  /** On hand less what open pick lists already send pickers to take, in thousandths. */
  free: number;
}

export interface Allocation {
  locationId: number;
  qtyMilli: number;
}

export function byWalk(a: { walkOrder: number; binCode: string }, b: { walkOrder: number; binCode: string }): number {
  return a.walkOrder - b.walkOrder || (a.binCode < b.binCode ? -1 : a.binCode > b.binCode ? 1 : 0);
}

/**
 * Takes `need` from the bins in walking order (bins must already be sorted with byWalk), splitting
 * over several bins when the first cannot cover it. Returns null, and changes nothing, when all
 * the bins together hold too little; otherwise lowers each bin's `free` by what it gives.
 */
export function allocate(need: number, bins: BinSlot[]): Allocation[] | null {
  const total = bins.reduce((s, b) => s + Math.max(0, b.free), 0);
  if (need <= 0 || total < need) return null;
  const out: Allocation[] = [];
  let left = need;
  for (const bin of bins) {
    if (left === 0) break;
    const take = Math.min(left, bin.free);
    if (take <= 0) continue;
    bin.free -= take;
    left -= take;
    out.push({ locationId: bin.locationId, qtyMilli: take });
  }
  return out;
}

export interface SortablePickLine {
  walkOrder: number;
  binCode: string;
  sku: string;
  orderNumber: string;
  lineNo: number;
}

/** The picker's path: bin by bin in walking order, then product, then order. */
export function comparePickLines(a: SortablePickLine, b: SortablePickLine): number {
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return byWalk(a, b) || cmp(a.sku, b.sku) || cmp(a.orderNumber, b.orderNumber) || a.lineNo - b.lineNo;
}
