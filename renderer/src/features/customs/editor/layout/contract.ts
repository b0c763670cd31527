// The sales contract's editor: the parties and who signs, the goods, delivery, and the clauses.
import { CONTRACT_CLAUSES, contractItemSchema } from '../../../../../../shared/schemas/customs';
import type { Layout } from './types';

export const contractLayout: Layout = {
  type: 'contract',
  sections: [
    {
      id: 'contract',
      title: 'customs.sections.contract',
      blocks: [
        { kind: 'date', path: 'date', span: 3 },
        { kind: 'text', path: 'place', span: 3 },
        { kind: 'currency', path: 'currency', span: 3 },
        { kind: 'decimal', path: 'tolerancePercent', span: 3 },
      ],
    },
    {
      id: 'parties',
      title: 'customs.sections.parties',
      blocks: [
        { kind: 'party', path: 'seller' },
        { kind: 'text', path: 'sellerSignatory.name', label: 'customs.fields.sellerSignatoryName', span: 6 },
        { kind: 'text', path: 'sellerSignatory.role', label: 'customs.fields.sellerSignatoryRole', span: 6 },
        { kind: 'party', path: 'buyer' },
        { kind: 'text', path: 'buyerSignatory.name', label: 'customs.fields.buyerSignatoryName', span: 6 },
        { kind: 'text', path: 'buyerSignatory.role', label: 'customs.fields.buyerSignatoryRole', span: 6 },
      ],
    },
    {
      id: 'items',
      title: 'customs.sections.goods',
      blocks: [
        {
          kind: 'table',
          path: 'items',
          label: 'customs.tables.items',
          rowLabel: 'customs.tables.item',
          rowValue: true,
          describedBy: 'name',
          newRow: () => contractItemSchema.parse({}),
          columns: [
            { field: 'sku', kind: 'text', width: 110 },
            { field: 'name', kind: 'text', width: 220, label: 'customs.fields.goodsName' },
            { field: 'hsCode', kind: 'hs', width: 150 },
            { field: 'quantity', kind: 'decimal', width: 95 },
            { field: 'unit', kind: 'unit', width: 80 },
            { field: 'unitPrice', kind: 'decimal', width: 115 },
            { field: 'brand', kind: 'text', width: 120 },
            { field: 'model', kind: 'text', width: 120 },
            { field: 'specification', kind: 'text', width: 200 },
          ],
        },
        { kind: 'totals', figures: ['items', 'quantity', 'total'] },
      ],
    },
    {
      id: 'delivery',
      title: 'customs.sections.delivery',
      blocks: [
        { kind: 'incoterm', path: 'incoterm', span: 3 },
        { kind: 'text', path: 'incotermPlace', span: 3 },
        { kind: 'date', path: 'shipmentDate', span: 3 },
        { kind: 'port', path: 'portOfLoading', span: 3 },
        { kind: 'port', path: 'portOfDischarge', span: 3 },
        { kind: 'enum', path: 'partialShipment', options: ['allowed', 'notAllowed'], optionsKey: 'customs.options.allowed', span: 3 },
        { kind: 'enum', path: 'transshipment', options: ['allowed', 'notAllowed'], optionsKey: 'customs.options.allowed', span: 3 },
        { kind: 'textarea', path: 'packing' },
        { kind: 'textarea', path: 'marks' },
      ],
    },
    {
      id: 'clauses',
      title: 'customs.sections.clauses',
      blocks: CONTRACT_CLAUSES.map((clause) => ({ kind: 'textarea' as const, path: clause, label: `customs.clauses.${clause}`, rows: 4 })),
    },
  ],
};
