// The uploads area's handlers: pieces of a big file, appended to a private file in the data folder.
import type { AreaHandlers } from '../api/handlerTypes';
import type { UploadsCommand } from '../../../shared/api/names/uploads';

export const uploadsHandlers: AreaHandlers<UploadsCommand> = {
  'uploads.begin': (input, ctx) => ctx.uploads.begin(input.fileName, input.size),
  'uploads.append': (input, ctx) => ctx.uploads.append(input.uploadId, input.offset, input.chunk),
  'uploads.discard': (input, ctx) => ctx.uploads.discard(input.uploadId),
};
