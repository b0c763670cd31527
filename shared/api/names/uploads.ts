// The commands that bring a big file to main in pieces (no zod here: the preload bundles this list).
export const UPLOADS_COMMANDS = ['uploads.begin', 'uploads.append', 'uploads.discard'] as const;
export type UploadsCommand = (typeof UPLOADS_COMMANDS)[number];
