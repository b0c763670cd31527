// Sends a big file to main in pieces of 4 MB (uploads.begin / append), the same over IPC and over
// the harness's HTTP; main keeps it in its data folder and the import reads it from there, so the
// renderer never holds the whole file and never names a path.
import { UPLOAD_CHUNK_BYTES } from '../../../../shared/api/contracts/uploads';
import { callCommand } from '../../api/client';

/** Files above this size are uploaded; smaller ones are decoded here and sent as text. */
export const UPLOAD_THRESHOLD = 8 * 1024 * 1024;

export class UploadCancelled extends Error {}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Uploads `file`; `signal` stops it between two pieces and discards what was sent. */
export async function uploadFile(file: File, onProgress: (sent: number, total: number) => void, signal: AbortSignal): Promise<string> {
  const { uploadId } = await callCommand('uploads.begin', { fileName: file.name, size: file.size });
  try {
    for (let offset = 0; offset < file.size; offset += UPLOAD_CHUNK_BYTES) {
      if (signal.aborted) throw new UploadCancelled();
      const bytes = new Uint8Array(await file.slice(offset, offset + UPLOAD_CHUNK_BYTES).arrayBuffer());
      await callCommand('uploads.append', { uploadId, offset, chunk: toBase64(bytes) });
      onProgress(Math.min(offset + UPLOAD_CHUNK_BYTES, file.size), file.size);
    }
    if (signal.aborted) throw new UploadCancelled();
    return uploadId;
  } catch (err) {
    void callCommand('uploads.discard', { uploadId }).catch(() => undefined);
    throw err;
  }
}

export function discardUpload(uploadId: string): void {
  void callCommand('uploads.discard', { uploadId }).catch(() => undefined);
}
