import { describe, expect, it } from 'vitest';
import {
  ACTIONS_NEEDING_REASON,
  IllegalTransitionError,
  ORDER_ACTIONS,
  ORDER_STATUSES,
  type OrderAction,
  type OrderStatus,
  allowedActions,
  canApply,
  nextStatus,
  transition,
} from '../../shared/domain/orderStatus';

// The whole legal table, written out independently of the source: every pair not listed is refused.
const LEGAL: [OrderStatus, OrderAction, OrderStatus][] = [
  ['received', 'confirm', 'confirmed'],
  ['received', 'hold', 'on_hold'],
  ['received', 'cancel', 'cancelled'],
  ['received', 'edit', 'received'],
  ['confirmed', 'hold', 'on_hold'],
  ['confirmed', 'cancel', 'cancelled'],
  ['confirmed', 'edit', 'received'],
  ['confirmed', 'startPicking', 'picking'],
  ['on_hold', 'release', 'received'],
  ['on_hold', 'cancel', 'cancelled'],
  ['on_hold', 'edit', 'on_hold'],
  ['picking', 'finishPicking', 'picked'],
  ['picking', 'hold', 'on_hold'],
  ['picking', 'cancelPicking', 'confirmed'],
  ['picked', 'pack', 'packed'],
  ['picked', 'hold', 'on_hold'],
  ['picked', 'cancel', 'cancelled'],
  ['packed', 'documentsReady', 'documents_ready'],
  ['packed', 'cancel', 'cancelled'],
  ['documents_ready', 'declare', 'declared'],
  ['documents_ready', 'cancel', 'cancelled'],
  ['declared', 'book', 'booked'],
  ['declared', 'cancel', 'cancelled'],
  ['booked', 'clear', 'cleared'],
  ['booked', 'customsHold', 'customs_held'],
  ['booked', 'customsReject', 'rejected'],
  ['booked', 'cancel', 'cancelled'],
  ['customs_held', 'clear', 'cleared'],
  ['customs_held', 'customsReject', 'rejected'],
  ['customs_held', 'cancel', 'cancelled'],
  ['cleared', 'dispatch', 'in_transit'],
  ['cleared', 'cancel', 'cancelled'],
  ['rejected', 'returnGoods', 'returned'],
  ['in_transit', 'deliver', 'delivered'],
  ['in_transit', 'returnToSender', 'returning'],
  ['returning', 'returnGoods', 'returned'],
];
const legalKey = new Set(LEGAL.map(([from, action]) => `${from}:${action}`));
const ILLEGAL: [OrderStatus, OrderAction][] = ORDER_STATUSES.flatMap((from) =>
  ORDER_ACTIONS.filter((action) => !legalKey.has(`${from}:${action}`)).map((action) => [from, action] as [OrderStatus, OrderAction]),
);

describe('order status machine', () => {
  it('has every status and action in the table accounted for', () => {
    expect(LEGAL.length + ILLEGAL.length).toBe(ORDER_STATUSES.length * ORDER_ACTIONS.length);
    expect(ILLEGAL.length).toBeGreaterThan(100);
  });

  it.each(LEGAL)('%s --%s--> %s', (from, action, to) => {
    expect(nextStatus(from, action)).toBe(to);
    expect(canApply(from, action)).toBe(true);
    expect(transition(from, action)).toBe(to);
    expect(allowedActions(from)).toContain(action);
  });

  it.each(ILLEGAL)('%s refuses %s', (from, action) => {
    expect(nextStatus(from, action)).toBeUndefined();
    expect(canApply(from, action)).toBe(false);
    expect(allowedActions(from)).not.toContain(action);
    expect(() => transition(from, action)).toThrow(IllegalTransitionError);
  });

  it('IllegalTransitionError carries the status and the action', () => {
    let caught: unknown;
    try {
      transition('cancelled', 'confirm');
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(IllegalTransitionError);
    expect(caught).toBeInstanceOf(Error);
    const e = caught as IllegalTransitionError;
    expect(e.from).toBe('cancelled');
    expect(e.action).toBe('confirm');
    expect(e.message).toContain('cancelled');
    expect(e.message).toContain('confirm');
  });

  it.each(['cancelled', 'delivered', 'returned'] as const)('%s is terminal', (status) => {
    expect(allowedActions(status)).toEqual([]);
    for (const action of ORDER_ACTIONS) expect(() => transition(status, action)).toThrow(IllegalTransitionError);
  });

  it('walks the whole happy path from received to delivered', () => {
    const path: OrderAction[] = [
      'confirm',
      'startPicking',
      'finishPicking',
      'pack',
      'documentsReady',
      'declare',
      'book',
      'customsHold',
      'clear',
      'dispatch',
      'deliver',
    ];
    const visited = path.reduce<OrderStatus[]>((acc, action) => [...acc, transition(acc[acc.length - 1]!, action)], ['received']);
    expect(visited).toEqual([
      'received',
      'confirmed',
      'picking',
      'picked',
      'packed',
      'documents_ready',
      'declared',
      'booked',
      'customs_held',
      'cleared',
      'in_transit',
      'delivered',
    ]);
  });

  it('editing a confirmed order sends it back to received; hold and cancel need a reason', () => {
    expect(transition('confirmed', 'edit')).toBe('received');
    expect([...ACTIONS_NEEDING_REASON].sort()).toEqual(['cancel', 'hold']);
  });

  it('cancelling picking sends the order back to confirmed, where it can be planned again', () => {
    expect(transition('picking', 'cancelPicking')).toBe('confirmed');
    expect(canApply('confirmed', 'startPicking')).toBe(true);
    for (const from of ORDER_STATUSES.filter((s) => s !== 'picking')) expect(canApply(from, 'cancelPicking')).toBe(false);
  });

  it('every status is reachable from received', () => {
    const seen = new Set<OrderStatus>(['received']);
    let frontier: OrderStatus[] = ['received'];
    while (frontier.length) {
      frontier = frontier.flatMap((s) => allowedActions(s).map((a) => transition(s, a))).filter((s) => !seen.has(s));
      frontier.forEach((s) => seen.add(s));
    }
    expect([...seen].sort()).toEqual([...ORDER_STATUSES].sort());
  });
});
