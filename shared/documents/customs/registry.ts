// The registry of customs document kinds: for each type its data schema, numbering series, printed
// template and title. The core's preview, print and finalise, and the editor all find a kind here.
import type { RenderedPage } from '../html';
import { type AnyDocumentData, DATA_SCHEMAS, type DocumentDataOf, type DocumentType, type SeriesKey } from '../../schemas/customs';
import type { TemplateContext } from './context';
import { contractTitle, renderContract } from './contract';
import { declarationTitle, renderDeclaration } from './declaration';
import { invoiceTitle, renderInvoice } from './invoice';
import { packingListTitle, renderPackingList } from './packingList';
import { postalTitle, renderPostal } from './postal';

export type { TemplateContext } from './context';

export interface DocumentKind<T extends DocumentType> {
  type: T;
  schema: (typeof DATA_SCHEMAS)[T];
  series: SeriesKey;
  render(data: DocumentDataOf<T>, ctx: TemplateContext): RenderedPage;
  title(data: DocumentDataOf<T>, ctx: TemplateContext): string;
}

export const DOCUMENT_KINDS: { [T in DocumentType]: DocumentKind<T> } = {
  declaration: { type: 'declaration', schema: DATA_SCHEMAS.declaration, series: 'declaration', render: renderDeclaration, title: declarationTitle },
  invoice: { type: 'invoice', schema: DATA_SCHEMAS.invoice, series: 'invoice', render: renderInvoice, title: invoiceTitle },
  contract: { type: 'contract', schema: DATA_SCHEMAS.contract, series: 'contract', render: renderContract, title: contractTitle },
  packing_list: { type: 'packing_list', schema: DATA_SCHEMAS.packing_list, series: 'packing_list', render: renderPackingList, title: packingListTitle },
  postal: { type: 'postal', schema: DATA_SCHEMAS.postal, series: 'postal', render: renderPostal, title: postalTitle },
};

// TypeScript cannot follow that doc.type picks both the kind and the data's shape, so one cast
// here, checked by the union: the kind always matches its own data.
function kindOf<T extends DocumentType>(doc: { type: T; data: DocumentDataOf<T> }): DocumentKind<T> {
  return DOCUMENT_KINDS[doc.type] as unknown as DocumentKind<T>;
}

/** The printable page of a document: one HTML page with one <style>, every value escaped. */
export function renderCustomsDocument(doc: AnyDocumentData, ctx: TemplateContext): RenderedPage {
  return kindOf(doc).render(doc.data, ctx);
}

/** "Commercial invoice INV-2026-000001 (version 2)", "CN 23 CN-2026-000004", "Draft sales contract". */
export function customsDocumentTitle(doc: AnyDocumentData, ctx: TemplateContext): string {
  return kindOf(doc).title(doc.data, ctx);
}
