// A file too big to send as one string is sent in pieces of at most 4 MB (base64), appended by
// main to a private file in the data folder; an import then names it by its upload id. The
// renderer never names a path: main makes the id, and the file lives only under uploads/.
import { z } from 'zod';
import { text } from '../../schemas/common';
import { type Command, command } from '../command';
import type { UploadsCommand } from '../names/uploads';

export const MAX_UPLOAD_BYTES = 1024 * 1024 * 1024;
export const UPLOAD_CHUNK_BYTES = 4 * 1024 * 1024;
/** Base64 of one full piece. */
export const UPLOAD_CHUNK_CHARS = Math.ceil(UPLOAD_CHUNK_BYTES / 3) * 4;

/** 128 random bits, hex: made by main, only ever looked up, never used as a path as given. */
export const uploadIdSchema = z.string().regex(/^[0-9a-f]{32}$/, { error: 'import.uploadGone' });

export const uploadsContract = {
  'uploads.begin': command<{ uploadId: string }>()(
    z
      .object({
        fileName: text(255, { required: true }),
        size: z.number().int().min(0).max(MAX_UPLOAD_BYTES, { error: 'import.uploadTooLarge' }),
      })
      .strict(),
  ),
  'uploads.append': command<{ received: number }>()(
    z
      .object({
        uploadId: uploadIdSchema,
        offset: z.number().int().min(0),
        chunk: z
          .string()
          .max(UPLOAD_CHUNK_CHARS, { error: 'import.uploadChunkTooLarge' })
          .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'import.uploadBadChunk' }),
      })
      .strict(),
  ),
  'uploads.discard': command<{ discarded: boolean }>()(z.object({ uploadId: uploadIdSchema }).strict()),
} satisfies Record<UploadsCommand, Command<z.ZodType, unknown>>;
