// The crash copy of a draft: what the broker typed, kept in this computer's storage until the save
// lands, so a crash, a power cut or a refused save loses nothing.
import type { DocumentLanguage } from '../../../../../../shared/schemas/customs';
import type { Paper } from '../../../../../../shared/documents/html';

export interface LocalCopy {
  id: number;
  /** The saved revision these edits were typed on top of. */
  baseRevision: number;
  /** When it was typed (this computer's clock; only shown, never compared with the server's). */
  editedAt: string;
  lang: DocumentLanguage;
  paper: Paper;
  data: Record<string, unknown>;
}

const key = (id: number) => `despacho.customs.draft.${id}`;

export function readLocalCopy(id: number): LocalCopy | null {
  try {
    const raw = window.localStorage.getItem(key(id));
    if (!raw) return null;
    const copy = JSON.parse(raw) as LocalCopy;
    return copy && copy.id === id && typeof copy.data === 'object' && copy.data !== null ? copy : null;
  } catch {
    return null; // unreadable storage or a damaged copy: nothing to offer
  }
}

export function writeLocalCopy(copy: LocalCopy): void {
  try {
    window.localStorage.setItem(key(copy.id), JSON.stringify(copy));
  } catch {
    // Storage full or refused: the server copy is still saved as usual; nothing else to do here.
  }
}

export function clearLocalCopy(id: number): void {
  try {
    window.localStorage.removeItem(key(id));
  } catch {
    // as above
  }
}
