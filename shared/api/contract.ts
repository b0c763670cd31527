// The one contract between renderer and main: every command, the zod schema main re-checks its
// input with, the type of its result, and the tables it reads and writes (for refresh events).
import { z } from 'zod';
import { BACKUP_NAME_PATTERN } from '../domain/backupName';
import { ORDER_STATUSES } from '../domain/orderStatus';
import { IMPORT_FIELDS } from '../import/fields';
import { Id, text } from '../schemas/common';
import { orderSchema } from '../schemas/order';
import { type Command, byId, columnMapping, command, jobIdSchema, none, reason } from './command';
import { type AppEvent, type CommandName, DATA_TABLES, type Envelope } from './commands';
import { catalogueContract } from './contracts/catalogue';
import { documentsContract } from './contracts/documents';
import { inventoryContract } from './contracts/inventory';
import { packingContract } from './contracts/packing';
import { pickingContract } from './contracts/picking';
import { uploadIdSchema, uploadsContract } from './contracts/uploads';
import type * as T from './types';

export { type Command, command, jobIdSchema } from './command';

export const ORDER_SORTS = ['orderDate', 'orderNumber', 'consigneeName', 'country', 'status', 'total'] as const;

export const orderListQuery = z
  .object({
    search: z.string().trim().max(100).default(''),
    status: z.enum([...ORDER_STATUSES, 'all']).default('all'),
    sort: z.enum(ORDER_SORTS).default('orderDate'),
    dir: z.enum(['asc', 'desc']).default('desc'),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();
export type OrderListQuery = z.input<typeof orderListQuery>;

const mappingSchema = columnMapping(IMPORT_FIELDS);


export const importInput = z
  .object({
    // Only recorded, never used as a path; tabs and line breaks would garble the audit log.
    fileName: text(255, { required: true }).refine((v) => !/[\t\n\r]/.test(v), { error: 'validation.controlChars' }),
    // The file itself, either as text (small files; 256 MB of text at most) or as an upload made
    // with uploads.* (big files, read from disk in pieces): exactly one of the two.
    text: z.string().max(256 * 1024 * 1024, { error: 'import.fileTooLarge' }).optional(),
    uploadId: uploadIdSchema.optional(),
    mapping: mappingSchema.optional(),
    channel: text(60).default(''),
    onlyValid: z.boolean().default(false),
    jobId: jobIdSchema.optional(),
  })
  .strict()
  .refine((v) => (v.text === undefined) !== (v.uploadId === undefined), { error: 'import.textOrUpload', path: ['text'] });
export type ImportInput = z.input<typeof importInput>;

export const contract = {
  'app.info': command<T.AppInfo>()(none),
  'settings.get': command<T.Settings>()(none, { reads: ['settings'] }),
  'settings.update': command<T.Settings>()(z.object({ language: z.enum(['en', 'es']) }).strict(), { writes: ['settings'] }),
  'demo.status': command<T.DemoStatus>()(none, { reads: ['orders', 'settings'] }),
  'demo.load': command<T.ImportOutcome>()(none, { writes: ['orders', 'order_lines', 'audit_log', 'settings', 'imports', 'products', 'locations', 'stock_movements'] }),
  'demo.dismiss': command<T.DemoStatus>()(none, { writes: ['settings'] }),
  'orders.list': command<T.OrderPage>()(orderListQuery, { reads: ['orders'] }),
  'orders.get': command<T.OrderDetail>()(byId, { reads: ['orders', 'order_lines', 'audit_log'] }),
  'orders.create': command<{ id: number }>()(z.object({ order: orderSchema }).strict(), { writes: ['orders', 'order_lines', 'audit_log'] }),
  'orders.update': command<{ id: number }>()(z.object({ id: Id, order: orderSchema }).strict(), { writes: ['orders', 'order_lines', 'audit_log', 'stock_movements'] }),
  'orders.check': command<T.ConfirmOutcome>()(byId, { reads: ['orders'] }),
  // allowShort: the user chose to confirm orders with what is in stock; without it a short order stays unconfirmed.
  'orders.confirm': command<T.ConfirmOutcome[]>()(z.object({ ids: z.array(Id).min(1).max(100_000), allowShort: z.boolean().default(false) }).strict(), {
    reads: ['products'],
    writes: ['orders', 'order_lines', 'audit_log', 'stock_movements'],
  }),
  'orders.hold': command<{ id: number }>()(z.object({ id: Id, reason }).strict(), { writes: ['orders', 'audit_log', 'stock_movements'] }),
  'orders.release': command<{ id: number }>()(byId, { writes: ['orders', 'audit_log'] }),
  'orders.cancel': command<{ id: number }>()(z.object({ id: Id, reason }).strict(), { writes: ['orders', 'audit_log', 'stock_movements'] }),
  'orders.importPreview': command<T.ImportPreview>()(importInput, { reads: ['orders'] }),
  'orders.importCommit': command<T.ImportOutcome>()(importInput, { writes: ['orders', 'order_lines', 'audit_log', 'imports'] }),
  'orders.importCancel': command<{ cancelled: boolean }>()(z.object({ jobId: jobIdSchema }).strict()),
  'backups.list': command<T.BackupList>()(none, { reads: ['backups'] }),
  'backups.create': command<T.BackupInfo>()(none, { writes: ['backups'] }),
  // Only a bare name from the list: main looks it up in the backups folder and nowhere else.
  'backups.restore': command<T.RestoreOutcome>()(
    z.object({ name: z.string().max(100).regex(BACKUP_NAME_PATTERN, { error: 'backups.errors.badName' }) }).strict(),
    { writes: [...DATA_TABLES, 'backups'] },
  ),
  ...catalogueContract,
  ...inventoryContract,
  ...pickingContract,
  ...packingContract,
  ...documentsContract,
  ...uploadsContract,
} satisfies Record<CommandName, Command<z.ZodType, unknown>>;

export type Contract = typeof contract;
export type CommandInput<K extends CommandName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends CommandName> = z.output<Contract[K]['input']>;
export type CommandResult<K extends CommandName> = Contract[K] extends Command<z.ZodType, infer R> ? R : never;

/** The typed API the renderer programs against: one named async method per command. */
export type Api = { [K in CommandName]: (input: CommandInput<K>) => Promise<CommandResult<K>> };

/**
 * What the preload exposes as `window.api`: one method per command, plus `onEvent`. Methods answer
 * with an envelope instead of throwing, because errors crossing contextBridge lose everything but
 * their message. (Command names all contain a dot, so none can clash with `onEvent`.)
 */
export type BridgeApi = { [K in CommandName]: (input: CommandInput<K>) => Promise<Envelope<CommandResult<K>>> };
export type Bridge = BridgeApi & {
  onEvent(listener: (event: AppEvent) => void): () => void;
};
