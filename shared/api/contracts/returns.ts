// The commands of the return path: goods refused at customs, undeliverable or of a cancelled order, restocked through the ledger or written off; each input is re-checked in main.
import { z } from 'zod';
import { type Command, byId, command } from '../command';
import type { ReturnsCommand } from '../names/returns';
import type { OrderStatus } from '../../domain/orderStatus';
import { Id, text } from '../../schemas/common';

export const RETURN_STATUSES = ['open', 'restocked', 'writtenOff'] as const;
export type ReturnStatus = (typeof RETURN_STATUSES)[number];
export type ReturnCause = 'customsRejected' | 'undeliverable' | 'cancelled';

export interface ReturnSummary {
  id: number;
  orderId: number;
  orderNumber: string;
  consigneeName: string;
  orderStatus: OrderStatus;
  cause: ReturnCause;
  status: ReturnStatus;
  note: string;
  createdAt: string;
  createdBy: string;
  resolvedAt: string | null;
  resolvedBy: string | null;
  /** The bin the goods went back into ('' unless restocked). */
  binCode: string;
  writeOffReason: string;
}

/**
 * Where some of the returned goods are: still in a picking container or a parcel, gone with the
 * carrier (dispatched), back in a bin (restocked) or written off. Quantities as exact decimal text.
 */
export interface ReturnGoods {
  sku: string;
  name: string;
  quantity: string;
  place: 'container' | 'parcel' | 'dispatched' | 'bin' | 'writtenOff';
  container: string;
  /** The parcel's number within the order (1, 2...), or null. */
  parcelSeq: number | null;
  binCode: string;
}

export interface ReturnDetail extends ReturnSummary {
  goods: ReturnGoods[];
}

export const returnListQuery = z.object({ status: z.enum([...RETURN_STATUSES, 'all']).default('all') }).strict();

/** Restock into one bin, named by its code (as typed or scanned) or by its id. */
export const restockInput = z
  .object({ returnId: Id, binCode: text(60).optional(), locationId: Id.optional() })
  .strict()
  .refine((v) => (v.binCode ? 1 : 0) + (v.locationId ? 1 : 0) === 1, { error: 'returns.binRequired', path: ['binCode'] });
export type RestockInput = z.input<typeof restockInput>;

export const writeOffInput = z.object({ returnId: Id, reason: text(500, { required: true }) }).strict();
export type WriteOffInput = z.input<typeof writeOffInput>;

const resolveTables = {
  reads: ['locations', 'products', 'parcels', 'order_lines'] as const,
  writes: ['returns', 'stock_movements', 'orders', 'audit_log'] as const,
};

export const returnsContract = {
  'returns.list': command<ReturnSummary[]>()(returnListQuery, { reads: ['returns', 'orders', 'locations'] }),
  'returns.get': command<ReturnDetail>()(byId, { reads: ['returns', 'orders', 'locations', 'stock_movements', 'products', 'parcels'] }),
  'returns.restock': command<ReturnSummary>()(restockInput, { reads: [...resolveTables.reads], writes: [...resolveTables.writes] }),
  'returns.writeOff': command<ReturnSummary>()(writeOffInput, { reads: [...resolveTables.reads], writes: [...resolveTables.writes] }),
} satisfies Record<ReturnsCommand, Command<z.ZodType, unknown>>;
