// The export declaration's editor: who declares, the parties, transport, value, packages, items.
import { DECLARANT_ROLES, TRANSPORT_MODES, attachedDocumentSchema, declarationItemSchema } from '../../../../../../shared/schemas/customs';
import type { Layout } from './types';

export const declarationLayout: Layout = {
  type: 'declaration',
  sections: [
    {
      id: 'declaration',
      title: 'customs.sections.declaration',
      blocks: [
        { kind: 'text', path: 'declarationType', span: 3 },
        { kind: 'text', path: 'procedure', span: 3 },
        { kind: 'text', path: 'lrn', span: 3 },
        { kind: 'text', path: 'customsOffice', span: 3 },
        { kind: 'enum', path: 'declarantRole', options: DECLARANT_ROLES, optionsKey: 'customs.options.declarantRole', span: 4 },
        { kind: 'text', path: 'place', span: 3 },
        { kind: 'date', path: 'date', span: 2 },
        { kind: 'text', path: 'signatory', span: 3 },
      ],
    },
    {
      id: 'parties',
      title: 'customs.sections.parties',
      blocks: [
        { kind: 'party', path: 'exporter' },
        { kind: 'party', path: 'consignee' },
        { kind: 'party', path: 'declarant' },
        { kind: 'boolean', path: 'sellerDiffers', span: 6 },
        { kind: 'boolean', path: 'buyerDiffers', span: 6 },
        { kind: 'party', path: 'seller', showIf: 'sellerDiffers' },
        { kind: 'party', path: 'buyer', showIf: 'buyerDiffers' },
      ],
    },
    {
      id: 'transport',
      title: 'customs.sections.transport',
      blocks: [
        { kind: 'country', path: 'dispatchCountry' },
        { kind: 'country', path: 'destinationCountry' },
        { kind: 'port', path: 'exitPort' },
        { kind: 'enum', path: 'transportMode', options: TRANSPORT_MODES, optionsKey: 'customs.options.transportMode' },
        { kind: 'text', path: 'meansOfTransport' },
        { kind: 'text', path: 'transportDocument' },
      ],
    },
    {
      id: 'value',
      title: 'customs.sections.value',
      blocks: [
        { kind: 'incoterm', path: 'incoterm', span: 3 },
        { kind: 'text', path: 'incotermPlace', span: 3 },
        { kind: 'currency', path: 'currency', span: 3 },
        { kind: 'text', path: 'invoiceNumber', span: 3 },
        { kind: 'decimal', path: 'freight', span: 3 },
        { kind: 'decimal', path: 'insurance', span: 3 },
        { kind: 'decimal', path: 'otherCosts', span: 3 },
        { kind: 'text', path: 'contractNumber', span: 3 },
      ],
    },
    {
      id: 'packages',
      title: 'customs.sections.packages',
      blocks: [
        { kind: 'integer', path: 'packageCount', span: 3 },
        { kind: 'text', path: 'packageKind', span: 3 },
        { kind: 'decimal', path: 'grossKg', span: 3 },
        { kind: 'decimal', path: 'netKg', span: 3 },
        { kind: 'textarea', path: 'marks' },
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
          newRow: () => declarationItemSchema.parse({}),
          columns: [
            { field: 'sku', kind: 'text', width: 110 },
            { field: 'description', kind: 'text', width: 240 },
            { field: 'hsCode', kind: 'hs', width: 150 },
            { field: 'originCountry', kind: 'country', width: 80 },
            { field: 'procedure', kind: 'text', width: 90 },
            { field: 'quantity', kind: 'decimal', width: 95 },
            { field: 'unit', kind: 'unit', width: 80 },
            { field: 'unitPrice', kind: 'decimal', width: 115 },
            { field: 'netKg', kind: 'decimal', width: 120 },
            { field: 'supplementaryQuantity', kind: 'decimal', width: 140 },
            { field: 'supplementaryUnit', kind: 'unit', width: 115 },
            { field: 'brand', kind: 'text', width: 120 },
            { field: 'model', kind: 'text', width: 120 },
            { field: 'specification', kind: 'text', width: 180 },
          ],
        },
        { kind: 'totals', figures: ['items', 'quantity', 'netKg', 'grossKg', 'goods', 'freight', 'insurance', 'otherCosts', 'total'] },
        { kind: 'boolean', path: 'aggregate', span: 12 },
        { kind: 'aggregated' },
      ],
    },
    {
      id: 'attached',
      title: 'customs.sections.attached',
      blocks: [
        {
          kind: 'table',
          path: 'attachedDocuments',
          label: 'customs.tables.attachedDocuments',
          rowLabel: 'customs.tables.attachedDocument',
          newRow: () => attachedDocumentSchema.parse({}),
          columns: [
            { field: 'code', kind: 'text', width: 120, label: 'customs.fields.documentCode' },
            { field: 'reference', kind: 'text', width: 320 },
          ],
        },
      ],
    },
  ],
};
