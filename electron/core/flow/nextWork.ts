// The next work of each kind of user, counted and linked to the screen where it is done.
import type { WorkItem, WorkKind, WorkRole } from '../../../shared/api/contracts/flow';
import type { OrderStatus } from '../../../shared/domain/orderStatus';
import type { Db } from '../audit/auditRepository';
import type { StatusCounts } from './stepCounts';

// Work that is an order status: which status, and the page that does it.
const BY_STATUS: Record<WorkRole, [WorkKind, OrderStatus, string][]> = {
  broker: [
    // Packed orders wait for their customs papers; documents_ready ones for filing.
    ['documentsToFinish', 'packed', '/declarations'],
    ['declarationsToFile', 'documents_ready', '/filings'],
    ['heldToAnswer', 'customs_held', '/clearance'],
  ],
  clerk: [
    ['ordersToPick', 'confirmed', '/picking'],
    ['ordersToPack', 'picked', '/packing'],
    ['carriersToBook', 'declared', '/transport'],
    ['parcelsToLoad', 'cleared', '/delivery'],
    ['deliveriesToConfirm', 'in_transit', '/delivery'],
  ],
  office: [],
};

/** Filings still live without the customs reference, and filings made on the dashboard's day. */
async function filingWork(db: Db, at: string): Promise<WorkItem[]> {
  const today = at.slice(0, 10);
  const row = await db
    .selectFrom('declaration_filings')
    .select((eb) => [
      eb.fn
        .sum<number>(
          eb
            .case()
            .when(eb.and([eb('status', '=', 'filed'), eb('reference', '=', '')]))
            .then(1)
            .else(0)
            .end(),
        )
        .as('awaiting'),
      // filed_at is the time customs took the filing, ISO: its first ten characters are the day.
      eb.fn
        .sum<number>(
          eb
            .case()
            .when(eb.and([eb('status', '<>', 'withdrawn'), eb(eb.fn('substr', ['filed_at', eb.val(1), eb.val(10)]), '=', today)]))
            .then(1)
            .else(0)
            .end(),
        )
        .as('today'),
    ])
    .executeTakeFirstOrThrow();
  return [
    { kind: 'referencesAwaited', count: Number(row.awaiting ?? 0), link: '/filings' },
    { kind: 'filedToday', count: Number(row.today ?? 0), link: '/filings' },
  ];
}

export async function nextWork(db: Db, counts: StatusCounts, at: string): Promise<Record<WorkRole, WorkItem[]>> {
  const fromStatus = (role: WorkRole) => BY_STATUS[role].map(([kind, status, link]) => ({ kind, count: counts.get(status) ?? 0, link }));
  return { broker: fromStatus('broker'), clerk: fromStatus('clerk'), office: await filingWork(db, at) };
}
