// Step 2 of the flow, planning: turns confirmed orders into one pick list (a single order or a
// wave), with each line's reserved quantity allocated to bins in walking order. Orders that cannot
// be planned are reported with their reason while the rest are planned.
import { moveOrders } from '../orders/workflow';
import type { Stamp } from '../api/stamp';
import { type Kysely, sql } from 'kysely';
import type { PlanOutcome, RefusedOrder } from '../../../shared/api/contracts/picking';
import { type BinSlot, type ContainerMode, allocate, byWalk, comparePickLines, containerLabel, pickListNumber } from '../../../shared/domain/wave';
import { appendAudit } from '../audit/auditRepository';
import type { DB } from '../db/schema';
import { binStocks, linesWithReservations, openAllocations, openListOfOrders, ordersByIds } from './planQueries';

interface Planned {
  orderId: number;
  orderNumber: string;
  walkOrder: number;
  binCode: string;
  sku: string;
  lineNo: number;
  orderLineId: number;
  productId: number;
  locationId: number;
  qtyMilli: number;
}

export async function planWave(db: Kysely<DB>, input: { orderIds: number[]; containerMode: ContainerMode }, stamp: Stamp): Promise<PlanOutcome> {
  const ids = [...new Set(input.orderIds)];
  return db.transaction().execute(async (trx) => {
    const { at } = stamp;
    const refused: RefusedOrder[] = [];
    const orders = await ordersByIds(trx, ids);
    const found = new Map(orders.map((o) => [o.id, o]));
    for (const id of ids) if (!found.has(id)) refused.push({ orderId: id, orderNumber: '', reason: 'notFound', params: {} });
    const onList = await openListOfOrders(trx, ids);
    const candidates = orders
      .filter((o) => {
        const list = onList.get(o.id);
        if (list) refused.push({ orderId: o.id, orderNumber: o.orderNumber, reason: 'onPickList', params: { pickList: list } });
        else if (o.status !== 'confirmed') refused.push({ orderId: o.id, orderNumber: o.orderNumber, reason: 'notConfirmed', params: { status: o.status } });
        return !list && o.status === 'confirmed';
      })
      // Orders first come, first served when bins run low; the number breaks ties readably.
      .sort((a, b) => a.id - b.id);
    if (candidates.length === 0) return { planned: [], refused };

    const lines = await linesWithReservations(
      trx,
      candidates.map((o) => o.id),
    );
    const productIds = [...new Set(lines.filter((l) => l.productId !== null && l.reserved > 0).map((l) => l.productId!))];
    const stocks = productIds.length ? await binStocks(trx, productIds) : [];
    const allocated = productIds.length ? await openAllocations(trx, productIds) : new Map<string, number>();
    const bins = new Map<number, (BinSlot & { binCode: string })[]>();
    for (const s of stocks) {
      const free = s.onHand - (allocated.get(`${s.productId}:${s.locationId}`) ?? 0);
      if (free <= 0) continue;
      const list = bins.get(s.productId) ?? [];
      list.push({ locationId: s.locationId, binCode: s.binCode, walkOrder: s.walkOrder, free });
      bins.set(s.productId, list);
    }
    for (const list of bins.values()) list.sort(byWalk);
    const binById = new Map(stocks.map((s) => [s.locationId, s]));

    const linesByOrder = new Map<number, typeof lines>();
    for (const l of lines) {
      const list = linesByOrder.get(l.orderId);
      if (list) list.push(l);
      else linesByOrder.set(l.orderId, [l]);
    }
    const planned: Planned[] = [];
    const plannedOrders: typeof candidates = [];
    for (const order of candidates) {
      const own = (linesByOrder.get(order.id) ?? []).filter((l) => l.reserved > 0 && l.productId !== null);
      if (own.length === 0) {
        refused.push({ orderId: order.id, orderNumber: order.orderNumber, reason: 'nothingReserved', params: {} });
        continue;
      }
      // All of an order or none of it: undo this order's allocations when one line cannot be placed.
      const undo: { bin: BinSlot; qty: number }[] = [];
      const rows: Planned[] = [];
      let missing: string | undefined;
      for (const line of own) {
        const slots = bins.get(line.productId!) ?? [];
        const before = slots.map((s) => s.free);
        const got = allocate(line.reserved, slots);
        if (!got) {
          missing = line.sku;
          break;
        }
        slots.forEach((s, i) => before[i] !== s.free && undo.push({ bin: s, qty: before[i]! - s.free }));
        for (const a of got) {
          const bin = binById.get(a.locationId)!;
          rows.push({
            orderId: order.id,
            orderNumber: order.orderNumber,
            walkOrder: bin.walkOrder,
            binCode: bin.binCode,
            sku: line.sku,
            lineNo: line.lineNo,
            orderLineId: line.id,
            productId: line.productId!,
            locationId: a.locationId,
            qtyMilli: a.qtyMilli,
          });
        }
      }
      if (missing !== undefined) {
        for (const u of undo) u.bin.free += u.qty;
        refused.push({ orderId: order.id, orderNumber: order.orderNumber, reason: 'binStockMissing', params: { sku: missing } });
        continue;
      }
      planned.push(...rows);
      plannedOrders.push(order);
    }
    if (plannedOrders.length === 0) return { planned: [], refused };

    const { id } = await trx
      .insertInto('pick_lists')
      .values({
        number: `planning-${at}`,
        kind: plannedOrders.length === 1 ? 'order' : 'wave',
        status: 'open',
        container_mode: input.containerMode,
        order_count: plannedOrders.length,
        line_count: planned.length,
        created_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // The number comes from the id, known only once the row exists.
    const number = pickListNumber(id);
    await trx.updateTable('pick_lists').set({ number }).where('id', '=', id).execute();

    const containers = new Map(plannedOrders.map((o, i) => [o.id, containerLabel(number, input.containerMode === 'shared' ? 0 : i)]));
    planned.sort(comparePickLines);
    // One statement with the rows as one JSON parameter: binding 12 values a row through the
    // driver costs more than SQLite's own JSON parser.
    const rows = planned.map((p, i) => [i + 1, p.orderId, p.orderLineId, p.productId, p.locationId, containers.get(p.orderId)!, p.qtyMilli]);
    await sql`insert into pick_list_lines (pick_list_id, seq, order_id, order_line_id, product_id, location_id, container, qty_milli, status)
      select ${id}, value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, value ->> 6, 'open' from json_each(${JSON.stringify(rows)})`.execute(
      trx,
    );

    await appendAudit(trx, [
      {
        entity: 'pickList',
        entityId: id,
        action: 'planned',
        after: { number, orders: plannedOrders.length, lines: planned.length, containerMode: input.containerMode },
        ...stamp,
      },
    ]);
    await moveOrders(
      trx,
      plannedOrders.map((o) => o.id),
      'startPicking',
      stamp,
      (orderId) => ({ after: { pickList: number, container: containers.get(orderId) } }),
    );
    return {
      pickList: { id, number, orderCount: plannedOrders.length, lineCount: planned.length },
      planned: plannedOrders.map((o) => ({ orderId: o.id, orderNumber: o.orderNumber, container: containers.get(o.id)! })),
      refused,
    };
  });
}
