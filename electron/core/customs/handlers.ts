// The customs documents area's command handlers; inputs arrive validated against the contract.
import type { CustomsCommand } from '../../../shared/api/names/customs';
import type { AreaHandlers } from '../api/handlerTypes';
import { customsReferenceHandlers } from './referenceHandlers';

const building = () => Promise.reject(new Error('The customs documents service is being built (documentService.ts).'));

export const customsHandlers: AreaHandlers<CustomsCommand> = {
  'customs.create': building,
  'customs.get': building,
  'customs.list': building,
  'customs.orderDocuments': building,
  'customs.saveDraft': building,
  'customs.check': building,
  'customs.finalise': building,
  'customs.amend': building,
  'customs.void': building,
  'customs.preview': building,
  'customs.show': building,
  ...customsReferenceHandlers,
};
