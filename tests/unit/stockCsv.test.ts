// The count-sheet parser: English and Spanish headers, canonical counts, and a row error for
// every kind of bad row, by spreadsheet row number.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WAREHOUSE, guessStockMapping, parseStockCsv } from '../../shared/import/stockCsv';

describe('stock count CSV', () => {
  it('reads the opening-stock fixture', () => {
    const parsed = parseStockCsv(readFileSync(join(__dirname, '../fixtures/stock-opening.csv'), 'utf8'));
    expect(parsed.missingFields).toEqual([]);
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows).toHaveLength(24);
    expect(new Set(parsed.rows.map((r) => r.zone))).toEqual(new Set(['A', 'B', 'C']));
    expect(parsed.rows.find((r) => r.sku === 'AK-PB10K')).toEqual({
      row: 4,
      sku: 'AK-PB10K',
      warehouse: 'MAIN',
      zone: 'A',
      binCode: 'A-01-03',
      walkOrder: 30,
      quantity: '2',
    });
  });

  it('knows Spanish headers, with or without accents', () => {
    expect(guessStockMapping(['Código', 'Almacén', 'Zona', 'Ubicación', 'Orden de recorrido', 'Cantidad'])).toEqual({
      sku: 'Código',
      warehouse: 'Almacén',
      zone: 'Zona',
      bin: 'Ubicación',
      walkOrder: 'Orden de recorrido',
      quantity: 'Cantidad',
    });
    expect(guessStockMapping(['SKU', 'Bin', 'Qty'])).toEqual({ sku: 'SKU', bin: 'Bin', quantity: 'Qty' });
  });

  it('reads European decimals in a ;-file, defaults the warehouse and writes counts canonically', () => {
    const parsed = parseStockCsv('\uFEFFcodigo;ubicacion;cantidad\nA1;B-1;2,50\nA2;B-1;007\n');
    expect(parsed.delimiter).toBe(';');
    expect(parsed.rows.map((r) => [r.sku, r.warehouse, r.quantity, r.walkOrder])).toEqual([
      ['A1', DEFAULT_WAREHOUSE, '2.5', null],
      ['A2', DEFAULT_WAREHOUSE, '7', null],
    ]);
  });

  it('reports missing columns', () => {
    expect(parseStockCsv('sku,zone\nA,B\n').missingFields).toEqual(['bin', 'quantity']);
  });

  it('gives each bad row its errors', () => {
    const text = [
      'sku,warehouse,zone,bin,walk order,quantity',
      'A1,MAIN,A,B-1,10,5',
      ',MAIN,A,B-2,20,1',
      '=HYPERLINK("x"),MAIN,A,B-3,30,1',
      'A2,MAIN,A,B-4,forty,1',
      'A3,MAIN,A,B-5,50,-1',
      'A4,MAIN,A,B 6,60,1',
      'A1,MAIN,A,B-1,10,7',
      'A5,MAIN,Z,B-1,10,1',
      'A6,MAIN,A,B-7,70',
    ].join('\n');
    const parsed = parseStockCsv(text);
    expect(parsed.rows.map((r) => r.row)).toEqual([2]);
    expect(parsed.errors.map((e) => [e.row, e.field, e.code])).toEqual([
      [3, 'sku', 'inventory.import.required'],
      [4, 'sku', 'inventory.import.formula'],
      [5, 'walkOrder', 'inventory.import.badWalkOrder'],
      [6, 'quantity', 'inventory.import.badCount'],
      [7, 'bin', 'inventory.import.badCode'],
      [8, 'sku', 'inventory.import.duplicateRow'],
      [9, 'bin', 'inventory.import.binConflict'],
      [10, undefined, 'import.columnCount'],
      [10, 'quantity', 'inventory.import.badCount'],
    ]);
    expect(parsed.invalidRows).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('refuses "1.000" in a ;-file as ambiguous and neutralises a formula-looking zone', () => {
    const parsed = parseStockCsv('sku;zone;bin;quantity\nA1;=1+1;B-1;1.000\nA2;@z;B-2;1\n');
    expect(parsed.errors.map((e) => [e.row, e.code])).toEqual([[2, 'import.ambiguousNumber']]);
    expect(parsed.rows[0]).toMatchObject({ zone: "'@z" });
  });
});
