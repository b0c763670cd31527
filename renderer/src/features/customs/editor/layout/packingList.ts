// The packing list's editor: the parcels, then what each one holds (lines name their parcel).
import { packingLineSchema, packingParcelSchema } from '../../../../../../shared/schemas/customs';
import type { Layout } from './types';

/** The next parcel number: one more than the highest so far. */
function nextSeq(rows: Record<string, unknown>[]): string {
  const seqs = rows.map((r) => Number.parseInt(String(r.seq ?? ''), 10)).filter((n) => Number.isInteger(n));
  return String(seqs.length === 0 ? 1 : Math.max(...seqs) + 1);
}

export const packingListLayout: Layout = {
  type: 'packing_list',
  sections: [
    {
      id: 'packingList',
      title: 'customs.sections.packingList',
      blocks: [
        { kind: 'date', path: 'date', span: 3 },
        { kind: 'text', path: 'orderReference', span: 3 },
        { kind: 'text', path: 'invoiceNumber', span: 3 },
      ],
    },
    {
      id: 'parties',
      title: 'customs.sections.parties',
      blocks: [
        { kind: 'party', path: 'shipper' },
        { kind: 'party', path: 'consignee' },
      ],
    },
    {
      id: 'parcels',
      title: 'customs.sections.parcels',
      blocks: [
        {
          kind: 'table',
          path: 'parcels',
          label: 'customs.tables.parcels',
          rowLabel: 'customs.tables.parcel',
          newRow: (rows) => ({ ...packingParcelSchema.parse({}), seq: nextSeq(rows) }),
          columns: [
            { field: 'seq', kind: 'integer', width: 90, label: 'customs.fields.parcelNumber' },
            { field: 'kind', kind: 'text', width: 160, label: 'customs.fields.parcelKind' },
            { field: 'lengthCm', kind: 'decimal', width: 105 },
            { field: 'widthCm', kind: 'decimal', width: 105 },
            { field: 'heightCm', kind: 'decimal', width: 105 },
            { field: 'netKg', kind: 'decimal', width: 120 },
            { field: 'grossKg', kind: 'decimal', width: 125 },
          ],
        },
        {
          kind: 'table',
          path: 'lines',
          label: 'customs.tables.lines',
          rowLabel: 'customs.tables.line',
          newRow: () => packingLineSchema.parse({}),
          columns: [
            { field: 'parcelSeq', kind: 'integer', width: 90 },
            { field: 'sku', kind: 'text', width: 120 },
            { field: 'description', kind: 'text', width: 280 },
            { field: 'quantity', kind: 'decimal', width: 95 },
            { field: 'unit', kind: 'unit', width: 80 },
            { field: 'netKg', kind: 'decimal', width: 120 },
          ],
        },
        { kind: 'totals', figures: ['parcels', 'items', 'quantity', 'netKg', 'grossKg'] },
        { kind: 'textarea', path: 'marks' },
      ],
    },
  ],
};
