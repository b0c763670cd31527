// HS code suggestions and UN/LOCODE port lookups for the document editor's fields.
import type { AreaHandlers } from '../api/handlerTypes';

export const customsReferenceHandlers: AreaHandlers<'customs.hsSuggest' | 'customs.ports'> = {
  'customs.hsSuggest': () => Promise.reject(new Error('HS suggestions are being built (referenceHandlers.ts).')),
  'customs.ports': () => Promise.reject(new Error('Port lookup is being built (referenceHandlers.ts).')),
};
