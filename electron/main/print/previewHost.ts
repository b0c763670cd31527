// The desktop app's document host: each shown document opens in its own preview window, served
// from memory through despacho-doc: and forgotten when the window closes.
import { randomBytes } from 'node:crypto';
import { session } from 'electron';
import type { DocumentHost } from '../../core/documents/host';
import { PREVIEW_PARTITION, serveDocuments } from './documentProtocol';
import { lockDownPreviewSession, openPreviewWindow } from './previewWindow';

/** Call once the app is ready (sessions and protocols exist only then). */
export function createPreviewHost(): DocumentHost {
  const ses = session.fromPartition(PREVIEW_PARTITION);
  lockDownPreviewSession(ses);
  const pages = serveDocuments(ses);
  return {
    async show(doc) {
      const id = randomBytes(16).toString('base64url');
      const win = openPreviewWindow(doc, pages.add(id, doc));
      win.once('closed', () => pages.forget(id));
      return {};
    },
  };
}
