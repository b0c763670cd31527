// Locations through the real core: listed in walking order, created, edited, duplicates refused.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreApp } from '../../electron/core/app';
import { call, refusal, startCore, tempRoot } from './support/core';

const tmp = tempRoot();
afterAll(() => tmp.cleanup());
let core: CoreApp;
beforeEach(async () => {
  core = await startCore(tmp.next());
});
afterEach(() => core.close());

const bin = (binCode: string, walkOrder: number, extra: Record<string, unknown> = {}) => ({
  location: { warehouse: 'MAIN', zone: 'A', binCode, walkOrder, ...extra },
});

describe('locations', () => {
  it('lists bins in walking order, whatever order they were created in', async () => {
    await call(core, 'locations.save', bin('A-03', 30));
    await call(core, 'locations.save', bin('A-01', 10));
    await call(core, 'locations.save', bin('B-01', 20, { zone: 'B' }));
    expect((await call(core, 'locations.list', {})).map((l) => [l.binCode, l.walkOrder])).toEqual([
      ['A-01', 10],
      ['B-01', 20],
      ['A-03', 30],
    ]);
  });

  it('edits a bin by id', async () => {
    const created = await call(core, 'locations.save', bin('A-01', 10));
    const edited = await call(core, 'locations.save', { id: created.id, location: { warehouse: 'MAIN', zone: 'C', binCode: 'C-09', walkOrder: 90 } });
    expect(edited).toEqual({ id: created.id, warehouse: 'MAIN', zone: 'C', binCode: 'C-09', walkOrder: 90 });
    expect(await call(core, 'locations.list', {})).toEqual([edited]);
  });

  it('refuses the same bin twice in one warehouse with a message on the bin field', async () => {
    const first = await call(core, 'locations.save', bin('A-01', 10));
    const other = await call(core, 'locations.save', bin('A-02', 20));
    const err = await refusal(core, 'locations.save', bin('A-01', 30));
    expect(err.code).toBe('inventory.errors.duplicateBin');
    expect(err.params).toEqual({ warehouse: 'MAIN', bin: 'A-01' });
    expect(err.issues).toEqual([{ path: 'location.binCode', code: 'inventory.errors.duplicateBin', params: { warehouse: 'MAIN', bin: 'A-01' } }]);
    // Renaming another bin onto an existing code is the same mistake.
    expect((await refusal(core, 'locations.save', { id: other.id, ...bin('A-01', 20) })).code).toBe('inventory.errors.duplicateBin');
    // Saving a bin unchanged is not a clash with itself; another warehouse may reuse the code.
    await call(core, 'locations.save', { id: first.id, ...bin('A-01', 15) });
    await call(core, 'locations.save', bin('A-01', 10, { warehouse: 'NORTH' }));
    expect(await call(core, 'locations.list', {})).toHaveLength(3);
  });

  it('checks the form schema in main too', async () => {
    const err = await refusal(core, 'locations.save', bin('A 01', -1));
    expect(err.code).toBe('errors.validation');
    expect(err.issues?.map((i) => [i.path, i.code])).toEqual([
      ['location.binCode', 'inventory.validation.codeSpaces'],
      ['location.walkOrder', 'inventory.validation.walkOrder'],
    ]);
  });
});
