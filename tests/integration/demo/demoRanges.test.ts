// The demo data gives the seeded post S10 number ranges, so a user trying steps 4 to 7 can book a
// postal order; loading again adds none, and a range the user entered first is kept.
import { afterAll, describe, expect, it } from 'vitest';
import { isValidS10 } from '../../../shared/domain/s10';
import { call, startCore, tempRoot } from '../support/core';

const tmp = tempRoot();
afterAll(() => tmp.cleanup());

describe('the demo S10 ranges', () => {
  it('loads a range for each Correos service the rules use, issuing valid S10 numbers, once', async () => {
    const core = await startCore(tmp.next());
    try {
      await call(core, 'demo.load', {});
      const ranges = (await call(core, 'transport.ranges', {})).sort((a, b) => a.firstSerial - b.firstSerial);
      expect(ranges.map((r) => [r.carrierName, r.indicator, r.country, r.firstSerial, r.lastSerial, r.remaining])).toEqual([
        ['Correos', 'CP', 'ES', 47312480, 47312999, 520],
        ['Correos', 'UX', 'ES', 47313000, 47313499, 500],
        ['Correos', 'RR', 'ES', 47313500, 47313999, 500],
        ['Correos', 'EE', 'ES', 47314000, 47314249, 250],
      ]);
      const cp = ranges[0]!;
      expect(cp.nextNumber).toMatch(/^CP47312480\dES$/);
      expect(ranges.every((r) => r.nextNumber !== null && isValidS10(r.nextNumber))).toBe(true);

      await call(core, 'demo.load', {});
      expect(await call(core, 'transport.ranges', {})).toHaveLength(4);
    } finally {
      await core.close();
    }
  });

  it('keeps a range the user entered before loading the demo', async () => {
    const core = await startCore(tmp.next());
    try {
      const correos = (await call(core, 'transport.carriers', {})).find((c) => c.code === 'CORREOS')!;
      const mine = await call(core, 'transport.saveRange', {
        carrierId: correos.id,
        indicator: 'CP',
        country: 'ES',
        firstSerial: 10000000,
        lastSerial: 10000099,
        warnRemaining: 10,
        active: true,
      });
      await call(core, 'demo.load', {});
      const ranges = await call(core, 'transport.ranges', {});
      expect(ranges.filter((r) => r.indicator === 'CP')).toEqual([mine]);
      expect(ranges.map((r) => r.indicator).sort()).toEqual(['CP', 'EE', 'RR', 'UX']);
    } finally {
      await core.close();
    }
  });
});
