// The documents area's command handlers; inputs arrive validated against the contract.
import type { DocumentsCommand } from '../../../shared/api/names/documents';
import type { AreaHandlers } from '../api/handlerTypes';

export const documentsHandlers: AreaHandlers<DocumentsCommand> = {};
