// "Filed at" is typed in the broker's wall time and sent as an ISO moment with its zone: a filing
// typed at 10:30 in Shenzhen is 02:30 UTC, and shows again as 10:30 there.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isoToLocalInput, localInputToIso, nowToTheMinute } from '../../../renderer/src/features/filing/localMoment';
import { isoMoment } from '../../../shared/api/contracts/filing';

describe('the filed-at moment', () => {
  let zone: string | undefined;
  beforeEach(() => {
    zone = process.env.TZ;
    process.env.TZ = 'Asia/Shanghai';
  });
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it('turns the local wall time into the UTC moment and back', () => {
    expect(localInputToIso('2026-12-04T10:30')).toBe('2026-12-04T02:30:00.000Z');
    expect(isoToLocalInput('2026-12-04T02:30:00.000Z')).toBe('2026-12-04T10:30');
    expect(isoToLocalInput('2026-12-04T10:30:00+08:00')).toBe('2026-12-04T10:30');
  });

  it('leaves an empty or broken value for the schema to refuse in words', () => {
    expect(localInputToIso('')).toBe('');
    expect(isoToLocalInput('')).toBe('');
    expect(isoToLocalInput('not a moment')).toBe('');
    expect(isoMoment.safeParse(localInputToIso('')).success).toBe(false);
  });

  it('defaults to now to the minute, a moment main accepts', () => {
    const now = nowToTheMinute();
    expect(now).toMatch(/:00\.000Z$/);
    expect(isoMoment.safeParse(now).success).toBe(true);
    expect(isoMoment.safeParse(localInputToIso(isoToLocalInput(now))).success).toBe(true);
    expect(localInputToIso(isoToLocalInput(now))).toBe(now);
  });
});
