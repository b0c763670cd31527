// The paper a user most likely has in the printer: Letter in the Americas' Letter countries, else A4.
import type { Paper } from '../../../../shared/documents/html';

const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'CR', 'GT', 'PA', 'DO', 'PR', 'SV', 'NI', 'HN', 'BO']);

export function defaultPaper(locale: string = typeof navigator === 'undefined' ? 'en' : navigator.language): Paper {
  const region = /[-_]([A-Za-z]{2})\b/.exec(locale)?.[1]?.toUpperCase();
  return region && LETTER_REGIONS.has(region) ? 'Letter' : 'A4';
}
