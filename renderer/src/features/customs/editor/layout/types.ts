// The shape of an editor layout: each document type lists its sections and, in each, the fields in
// the order a broker fills them. One generic renderer (form/SectionList.tsx) draws every type.
import type { DocumentType } from '../../../../../../shared/schemas/customs';

/** Widgets for one value. `party` is a whole collapsible group of a party's fields. */
export type FieldKind =
  'text' | 'textarea' | 'decimal' | 'integer' | 'date' | 'boolean' | 'enum' | 'country' | 'currency' | 'incoterm' | 'unit' | 'port' | 'party';

export interface FieldSpec {
  kind: FieldKind;
  /** Path in the document's data; also the input's DOM id, so a problem can focus it. */
  path: string;
  /** i18n key of the label; customs.fields.<last part of the path> when absent. */
  label?: string;
  /** The choices of an `enum`, labelled by `${optionsKey}.${value}`. */
  options?: readonly string[];
  optionsKey?: string;
  /** Columns of the section's 12-column grid this field takes (default 4, textareas 12). */
  span?: number;
  /** Lines a textarea shows (default 2). */
  rows?: number;
  /** Shown only while this boolean field is on (a seller that differs from the shipper...). */
  showIf?: string;
}

/** The widgets a table cell can be: plain inputs, and light lookups that only open on focus. */
export type CellKind = 'text' | 'decimal' | 'integer' | 'country' | 'unit' | 'hs';

export interface ColumnSpec {
  field: string;
  kind: CellKind;
  /** Width in pixels: the table scrolls sideways rather than squeezing the cells. */
  width: number;
  label?: string;
}

export interface TableSpec {
  kind: 'table';
  /** The array in the document's data: items, parcels, lines, attachedDocuments. */
  path: string;
  /** i18n key of the table's title and of one row ("Item 3"). */
  label: string;
  rowLabel: string;
  columns: ColumnSpec[];
  /** A fresh row with every field at its default, for "add row". */
  newRow: (rows: Record<string, unknown>[]) => Record<string, unknown>;
  /** Rows whose value is quantity x unit price show it live in a last column. */
  rowValue?: boolean;
  /** The row field the HS "Suggest" reads, with brand and model when the row has them. */
  describedBy?: string;
}

export type TotalFigure = 'goods' | 'freight' | 'postage' | 'insurance' | 'otherCosts' | 'total' | 'quantity' | 'netKg' | 'grossKg' | 'items' | 'parcels';

export type Block = FieldSpec | TableSpec | { kind: 'totals'; figures: TotalFigure[] } | { kind: 'aggregated' };

export interface SectionSpec {
  id: string;
  /** i18n key of the section's title. */
  title: string;
  blocks: Block[];
}

export interface Layout {
  type: DocumentType;
  sections: SectionSpec[];
}

export const isTable = (b: Block): b is TableSpec => b.kind === 'table';
export const isField = (b: Block): b is FieldSpec => b.kind !== 'table' && b.kind !== 'totals' && b.kind !== 'aggregated';
