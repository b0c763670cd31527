// The commercial invoice's editor: the sale, the parties, the shipment, the goods and their value.
import { EXPORT_REASONS, invoiceItemSchema } from '../../../../../../shared/schemas/customs';
import type { Layout } from './types';

export const invoiceLayout: Layout = {
  type: 'invoice',
  sections: [
    {
      id: 'invoice',
      title: 'customs.sections.invoice',
      blocks: [
        { kind: 'date', path: 'date', span: 3 },
        { kind: 'text', path: 'orderReference', span: 3 },
        { kind: 'enum', path: 'reasonForExport', options: EXPORT_REASONS, optionsKey: 'customs.options.reasonForExport', span: 3 },
        { kind: 'currency', path: 'currency', span: 3 },
      ],
    },
    {
      id: 'parties',
      title: 'customs.sections.parties',
      blocks: [
        { kind: 'party', path: 'seller' },
        { kind: 'party', path: 'consignee' },
        { kind: 'boolean', path: 'buyerDiffers', span: 12 },
        { kind: 'party', path: 'buyer', showIf: 'buyerDiffers' },
      ],
    },
    {
      id: 'shipment',
      title: 'customs.sections.shipment',
      blocks: [
        { kind: 'incoterm', path: 'incoterm', span: 3 },
        { kind: 'text', path: 'incotermPlace', span: 3 },
        { kind: 'text', path: 'carrier', span: 3 },
        { kind: 'text', path: 'waybill', span: 3 },
        { kind: 'integer', path: 'packageCount', span: 3 },
        { kind: 'decimal', path: 'grossKg', span: 3 },
        { kind: 'decimal', path: 'netKg', span: 3 },
      ],
    },
    {
      id: 'items',
      title: 'customs.sections.items',
      blocks: [
        {
          kind: 'table',
          path: 'items',
          label: 'customs.tables.items',
          rowLabel: 'customs.tables.item',
          rowValue: true,
          describedBy: 'description',
          newRow: () => invoiceItemSchema.parse({}),
          columns: [
            { field: 'sku', kind: 'text', width: 110 },
            { field: 'description', kind: 'text', width: 260 },
            { field: 'hsCode', kind: 'hs', width: 150 },
            { field: 'originCountry', kind: 'country', width: 80 },
            { field: 'quantity', kind: 'decimal', width: 95 },
            { field: 'unit', kind: 'unit', width: 80 },
            { field: 'unitPrice', kind: 'decimal', width: 115 },
            { field: 'netKg', kind: 'decimal', width: 120 },
          ],
        },
        { kind: 'decimal', path: 'freight', span: 3 },
        { kind: 'decimal', path: 'insurance', span: 3 },
        { kind: 'decimal', path: 'otherCosts', span: 3 },
        { kind: 'totals', figures: ['items', 'quantity', 'netKg', 'grossKg', 'goods', 'freight', 'insurance', 'otherCosts', 'total'] },
      ],
    },
    {
      id: 'terms',
      title: 'customs.sections.terms',
      blocks: [
        { kind: 'textarea', path: 'paymentTerms' },
        { kind: 'textarea', path: 'declaration', label: 'customs.fields.invoiceDeclaration' },
        { kind: 'text', path: 'signatory.name', label: 'customs.fields.signatoryName', span: 3 },
        { kind: 'text', path: 'signatory.role', label: 'customs.fields.signatoryRole', span: 3 },
        { kind: 'text', path: 'place', span: 3 },
        { kind: 'date', path: 'signedOn', span: 3 },
      ],
    },
  ],
};
