// Where an audit entry lands on the seven steps: named actions, moves by the step the order stood
// at, later areas' actions by their words, and the rest where the order stood.
import { describe, expect, it } from 'vitest';
import { FLOW_STEPS, STEP_OF_STATUS, statusesAt, stepOfEntry } from '../../../shared/domain/flowSteps';
import { ORDER_ACTIONS, ORDER_STATUSES, nextStatus } from '../../../shared/domain/orderStatus';

const entry = (action: string, before: unknown = null, after: unknown = null) => ({ action, before, after });

describe('stepOfEntry', () => {
  it('places named actions on their step whatever the status', () => {
    expect(stepOfEntry(entry('documentFinalised', null, { type: 'invoice' }), 'packed')).toBe('pack');
    expect(stepOfEntry(entry('book', { status: 'declared' }, { status: 'booked' }), undefined)).toBe('transport');
  });

  it('places a hold, a release and a cancel on the step the order stood at', () => {
    expect(stepOfEntry(entry('hold', { status: 'received' }, { status: 'on_hold' }), undefined)).toBe('confirm');
    expect(stepOfEntry(entry('hold', { status: 'picking' }, { status: 'on_hold' }), undefined)).toBe('pick');
    expect(stepOfEntry(entry('cancel', { status: 'booked' }, { status: 'cancelled' }), undefined)).toBe('clearance');
    expect(stepOfEntry(entry('release', { status: 'on_hold' }, { status: 'received' }), undefined)).toBe('confirm');
  });

  it('every move of the state machine from a status in the flow lands on that status step or a later one', () => {
    for (const from of ORDER_STATUSES) {
      for (const action of ORDER_ACTIONS) {
        const to = nextStatus(from, action);
        const at = STEP_OF_STATUS[from];
        if (!to || !at) continue;
        const step = stepOfEntry(entry(action, { status: from }, { status: to }), from);
        expect(step, `${from} --${action}-->`).not.toBeNull();
        expect(FLOW_STEPS.indexOf(step!), `${from} --${action}--> ${to}`).toBeGreaterThanOrEqual(FLOW_STEPS.indexOf(at) - (action === 'edit' ? 1 : 0));
      }
    }
  });

  it('recognises actions of later areas by their words, else the status the order stood at', () => {
    expect(stepOfEntry(entry('filingCorrected'), 'declared')).toBe('declare');
    expect(stepOfEntry(entry('shipmentBooked'), 'booked')).toBe('transport');
    expect(stepOfEntry(entry('outcomeRecorded'), 'customs_held')).toBe('clearance');
    expect(stepOfEntry(entry('manifestLoaded'), 'cleared')).toBe('deliver');
    expect(stepOfEntry(entry('noteAdded'), 'picked')).toBe('pack');
    expect(stepOfEntry(entry('noteAdded'), 'cancelled')).toBeNull();
    expect(stepOfEntry(entry('noteAdded'), undefined)).toBeNull();
  });
});

describe('statusesAt', () => {
  it('gives every status of the flow exactly one step', () => {
    const placed = FLOW_STEPS.flatMap((s) => statusesAt(s));
    expect(new Set(placed).size).toBe(placed.length);
    expect(placed.sort()).toEqual(ORDER_STATUSES.filter((s) => STEP_OF_STATUS[s] !== null).sort());
    expect(statusesAt('clearance')).toEqual(['booked', 'customs_held']);
  });
});
