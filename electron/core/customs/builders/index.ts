// The prefill of each kind of customs document from its sources (electron/core/customs/sources.ts):
// one builder per type, each returning data its type's schema accepts.
import type { AnyDocumentData, DocumentLanguage, DocumentType } from '../../../../shared/schemas/customs';
import type { Stamp } from '../../api/stamp';
import type { DocumentSources } from '../sources';
import type { Builder } from './common';
import { buildContract } from './contract';
import { buildDeclaration } from './declaration';
import { buildInvoice } from './invoice';
import { buildPackingList } from './packingList';
import { buildPostal } from './postal';

export const BUILDERS: { [T in DocumentType]: Builder<T> } = {
  declaration: buildDeclaration,
  invoice: buildInvoice,
  contract: buildContract,
  packing_list: buildPackingList,
  postal: buildPostal,
};

export function buildDocumentData(sources: DocumentSources, type: DocumentType, lang: DocumentLanguage, stamp: Stamp): AnyDocumentData {
  return { type, data: BUILDERS[type](sources, lang, stamp) } as AnyDocumentData;
}

export type { Builder };
