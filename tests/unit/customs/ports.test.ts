// UN/LOCODE port lookups: by code and code prefix, by name with or without accents, by country,
// sea ports first.
import { beforeAll, describe, expect, it } from 'vitest';
import { foldName, searchPorts } from '../../../electron/core/customs/ports';

describe('searchPorts', () => {
  // The first lookup loads 106,623 places; the bundler's JSON transform is slow under a test runner.
  beforeAll(() => searchPorts('warm', '', 1), 120_000);

  it('finds a place by its code, written with or without the space', async () => {
    expect((await searchPorts('CNSGH', '', 5))[0]).toEqual({
      code: 'CNSGH',
      name: 'Shanghai',
      country: 'CN',
      functions: ['port', 'rail', 'road', 'airport', 'post'],
    });
    expect((await searchPorts('cn sgh', '', 5))[0]!.code).toBe('CNSGH');
  });

  it('lists the codes starting with a prefix, in code order', async () => {
    const found = await searchPorts('CNSH', '', 20);
    expect(found.length).toBe(20);
    expect(found.every((p) => p.code.startsWith('CNSH'))).toBe(true);
    expect(found.map((p) => p.code)).toEqual([...found.map((p) => p.code)].sort());
  });

  it('finds names whatever the accents and case, and words inside names', async () => {
    expect((await searchPorts('koln', '', 5))[0]).toMatchObject({ code: 'DECGN', name: 'Köln' });
    expect((await searchPorts('KÖLN', '', 5))[0]!.code).toBe('DECGN');
    expect((await searchPorts('Kobenhavn', '', 5))[0]).toMatchObject({ code: 'DKCPH', name: 'København' });
    expect((await searchPorts('valparaíso', '', 10)).map((p) => p.code)).toContain('CLVAP');
    expect((await searchPorts('koln', '', 10)).map((p) => p.code)).toContain('DENHL'); // Niehl/Köln
  });

  it('puts sea ports first among places of the same name', async () => {
    const found = await searchPorts('Shanghai', '', 5);
    expect(found[0]!.code).toBe('CNSGH');
    const firstNotPort = found.findIndex((p) => !p.functions.includes('port'));
    expect(found.slice(firstNotPort).every((p) => !p.functions.includes('port'))).toBe(true);
    expect(found.map((p) => p.code)).toEqual(expect.arrayContaining(['CNSHA', 'CNPVG']));
  });

  it('keeps to the country asked for', async () => {
    const everywhere = await searchPorts('San Antonio', '', 20);
    expect(new Set(everywhere.map((p) => p.country)).size).toBeGreaterThan(1);
    const chile = await searchPorts('San Antonio', 'CL', 20);
    expect(chile.length).toBeGreaterThan(0);
    expect(chile.every((p) => p.country === 'CL')).toBe(true);
    expect(chile[0]!.code).toBe('CLSAI');
    expect(await searchPorts('CNSGH', 'ES', 5)).toEqual([]);
  });

  it("lists a country's places for an empty query, sea ports first, and nothing without a country", async () => {
    const spain = await searchPorts('', 'ES', 10);
    expect(spain).toHaveLength(10);
    expect(spain.every((p) => p.country === 'ES' && p.functions.includes('port'))).toBe(true);
    expect(await searchPorts('   ', '', 10)).toEqual([]);
  });

  it('keeps to the limit and answers nothing for what matches nothing', async () => {
    expect(await searchPorts('sa', '', 7)).toHaveLength(7);
    expect(await searchPorts('zzqqxx', '', 10)).toEqual([]);
    expect(await searchPorts('!!!', '', 10)).toEqual([]);
    expect(await searchPorts('shanghai', '', 0)).toEqual([]);
  });
});

describe('foldName', () => {
  it('folds accents and letters NFD keeps whole', () => {
    expect(foldName('København')).toBe('kobenhavn');
    expect(foldName('Straße')).toBe('strasse');
    expect(foldName('Łódź')).toBe('lodz');
    expect(foldName('Niehl/Köln')).toBe('niehl koln');
  });
});
