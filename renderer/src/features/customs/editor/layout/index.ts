// The editor layout of each document type, and where a field path lives in it (to reveal it).
import type { DocumentType } from '../../../../../../shared/schemas/customs';
import { contractLayout } from './contract';
import { declarationLayout } from './declaration';
import { invoiceLayout } from './invoice';
import { packingListLayout } from './packingList';
import { postalLayout } from './postal';
import { type Layout, isField, isTable } from './types';

export const LAYOUTS: Record<DocumentType, Layout> = {
  declaration: declarationLayout,
  invoice: invoiceLayout,
  contract: contractLayout,
  packing_list: packingListLayout,
  postal: postalLayout,
};

export interface Location {
  section: string;
  /** The party group to expand, when the path is inside one. */
  party?: string;
  /** The boolean that must be on for the field to show (seller differs...). */
  showIf?: string;
}

/** The section (and party group) that holds a path such as "consignee.taxId" or "items.2.hsCode". */
export function locate(layout: Layout, path: string): Location | undefined {
  for (const section of layout.sections) {
    for (const block of section.blocks) {
      if (isTable(block) && (path === block.path || path.startsWith(`${block.path}.`))) return { section: section.id };
      if (!isField(block)) continue;
      if (block.kind === 'party' && (path === block.path || path.startsWith(`${block.path}.`)))
        return { section: section.id, party: block.path, showIf: block.showIf };
      if (block.path === path) return { section: section.id, showIf: block.showIf };
    }
  }
  return undefined;
}
