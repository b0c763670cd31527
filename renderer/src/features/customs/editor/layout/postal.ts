// The CN 22 / CN 23 editor: the form and category, sender and addressee, the contents and their value.
import { POSTAL_CATEGORIES, POSTAL_FORMS, postalItemSchema } from '../../../../../../shared/schemas/customs';
import type { Layout } from './types';

export const postalLayout: Layout = {
  type: 'postal',
  sections: [
    {
      id: 'postal',
      title: 'customs.sections.postal',
      blocks: [
        { kind: 'enum', path: 'form', options: POSTAL_FORMS, optionsKey: 'customs.options.postalForm', span: 3 },
        { kind: 'enum', path: 'category', options: POSTAL_CATEGORIES, optionsKey: 'customs.options.postalCategory', span: 3 },
        { kind: 'text', path: 'categoryExplanation', span: 6 },
      ],
    },
    {
      id: 'parties',
      title: 'customs.sections.parties',
      blocks: [
        { kind: 'party', path: 'sender' },
        { kind: 'party', path: 'addressee' },
      ],
    },
    {
      id: 'items',
      title: 'customs.sections.contents',
      blocks: [
        { kind: 'currency', path: 'currency', span: 3 },
        { kind: 'decimal', path: 'postage', span: 3 },
        { kind: 'decimal', path: 'grossKg', span: 3 },
        {
          kind: 'table',
          path: 'items',
          label: 'customs.tables.contents',
          rowLabel: 'customs.tables.item',
          describedBy: 'description',
          newRow: () => postalItemSchema.parse({}),
          columns: [
            { field: 'description', kind: 'text', width: 260 },
            { field: 'quantity', kind: 'decimal', width: 95 },
            { field: 'netKg', kind: 'decimal', width: 120 },
            { field: 'value', kind: 'decimal', width: 100 },
            { field: 'hsCode', kind: 'hs', width: 150 },
            { field: 'originCountry', kind: 'country', width: 80 },
            { field: 'sku', kind: 'text', width: 110 },
          ],
        },
        { kind: 'totals', figures: ['items', 'quantity', 'netKg', 'grossKg', 'goods', 'postage', 'total'] },
      ],
    },
    {
      id: 'attachments',
      title: 'customs.sections.postalDocuments',
      blocks: [
        { kind: 'text', path: 'invoiceNumber', span: 4 },
        { kind: 'text', path: 'licenceNumbers', span: 4 },
        { kind: 'text', path: 'certificateNumbers', span: 4 },
        { kind: 'textarea', path: 'comments' },
        { kind: 'text', path: 'place', span: 4 },
        { kind: 'date', path: 'date', span: 3 },
        { kind: 'text', path: 'signatory', span: 5 },
      ],
    },
  ],
};
