// Files sent by the renderer in pieces (uploads.begin / append / discard), kept in the data
// folder's uploads/ directory under a random id until an import has read them. Nothing here takes
// a path from outside: the id is made here and checked against the uploads this process began.
import { randomBytes } from 'node:crypto';
import { createReadStream, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { appendFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UPLOAD_CHUNK_BYTES } from '../../../shared/api/contracts/uploads';
import type { ByteSource } from '../../../shared/import/orderCsvStream';
import { AppError } from '../api/errors';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Uploads open at once; beginning one more drops the oldest (a screen that was closed mid-way). */
const MAX_OPEN = 4;
const READ_PIECE = 1024 * 1024;

interface Upload {
  file: string;
  fileName: string;
  size: number;
  received: number;
  busy: boolean;
  startedAt: number;
}

export interface CompleteUpload {
  fileName: string;
  size: number;
  /** Reads the file from its start, in pieces of 1 MB, each time it is called. */
  source: ByteSource;
}

export interface UploadStore {
  begin(fileName: string, size: number): Promise<{ uploadId: string }>;
  append(uploadId: string, offset: number, chunk: string): Promise<{ received: number }>;
  discard(uploadId: string): Promise<{ discarded: boolean }>;
  /** A fully received upload, for an import to read; refuses unknown and unfinished ones. */
  complete(uploadId: string): CompleteUpload;
}

const unknown = () =>
  new AppError('import.uploadGone', 'The file sent for import is no longer here (it was discarded, or Despacho restarted). Choose the file again.');

export function createUploadStore(dir: string, now: () => number = Date.now): UploadStore {
  mkdirSync(dir, { recursive: true });
  removeStale(dir, now());
  const uploads = new Map<string, Upload>();

  const get = (id: string): Upload => {
    const u = uploads.get(id);
    if (!u) throw unknown();
    return u;
  };

  const drop = async (id: string) => {
    const u = uploads.get(id);
    if (!u) return false;
    uploads.delete(id);
    await rm(u.file, { force: true });
    return true;
  };

  return {
    async begin(fileName, size) {
      while (uploads.size >= MAX_OPEN) {
        const oldest = [...uploads.entries()].sort((a, b) => a[1].startedAt - b[1].startedAt)[0]!;
        await drop(oldest[0]);
      }
      const uploadId = randomBytes(16).toString('hex');
      const file = join(dir, `${uploadId}.part`);
      await writeFile(file, new Uint8Array(0), { flag: 'wx' });
      uploads.set(uploadId, { file, fileName, size, received: 0, busy: false, startedAt: now() });
      return { uploadId };
    },

    async append(uploadId, offset, chunk) {
      const u = get(uploadId);
      if (u.busy) throw new AppError('import.uploadBusy', 'A piece of this file is still being saved. Send the pieces one after the other.');
      if (offset !== u.received) {
        throw new AppError(
          'import.uploadOffset',
          `This piece starts at byte ${offset}, but ${u.received} bytes have been received. Send the file again from the start.`,
          { offset, received: u.received },
        );
      }
      const bytes = Buffer.from(chunk, 'base64');
      if (bytes.length > UPLOAD_CHUNK_BYTES)
        throw new AppError('import.uploadChunkTooLarge', 'A piece of the file is larger than 4 MB. Send it in smaller pieces.');
      if (u.received + bytes.length > u.size) {
        throw new AppError('import.uploadTooLong', `The file is longer than the ${u.size} bytes announced. Choose the file again.`, { size: u.size });
      }
      u.busy = true;
      try {
        await appendFile(u.file, bytes);
        u.received += bytes.length;
      } finally {
        u.busy = false;
      }
      return { received: u.received };
    },

    async discard(uploadId) {
      return { discarded: await drop(uploadId) };
    },

    complete(uploadId) {
      const u = get(uploadId);
      if (u.busy || u.received !== u.size) {
        throw new AppError(
          'import.uploadIncomplete',
          `Only ${u.received} of the file's ${u.size} bytes have been received. Wait for the upload to finish, or choose the file again.`,
          {
            received: u.received,
            size: u.size,
          },
        );
      }
      const source: ByteSource = () => createReadStream(u.file, { highWaterMark: READ_PIECE }) as AsyncIterable<Buffer>;
      return { fileName: u.fileName, size: u.size, source };
    },
  };
}

/** Uploads left from an earlier run (a crash, a closed window) that are more than a day old. */
function removeStale(dir: string, now: number) {
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    try {
      if (now - statSync(file).mtimeMs > DAY_MS) rmSync(file, { force: true, recursive: true });
    } catch {
      // Gone meanwhile, or not ours to remove: leave it.
    }
  }
}
