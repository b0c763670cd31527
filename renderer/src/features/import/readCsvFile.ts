// A chosen CSV file as text, decoded the way every import expects. Not file.text(): that reads
// everything as UTF-8 and turns a Windows-1252 "ü" into U+FFFD.
import { decodeCsvBytes } from '../../../../shared/import/encoding';

/** The text, or the i18n key of what is wrong with the file. */
export async function readCsvFile(file: File): Promise<{ text: string } | { error: 'importWizard.readFailed' | 'import.badEncoding' }> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { error: 'importWizard.readFailed' };
  }
  const decoded = decodeCsvBytes(bytes);
  return decoded.replacementCharacters > 0 ? { error: 'import.badEncoding' } : { text: decoded.text };
}
