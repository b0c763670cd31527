// The table extractor behind the contract's reads/writes check (tests/support/sqlTables.ts): what
// one statement reads and writes, for the shapes Kysely compiles and the core's raw SQL.
import { describe, expect, it } from 'vitest';
import { statementTables } from '../support/sqlTables';

const t = (sql: string) => statementTables(sql);

describe('statementTables', () => {
  it('reads the tables of a select, its joins, subqueries and comma lists', () => {
    expect(t('select "o"."id" from "orders" as "o" inner join "order_lines" as "l" on "l"."order_id" = "o"."id" left join "products" on 1 = 1')).toEqual({
      kind: 'read',
      reads: ['order_lines', 'orders', 'products'],
      writes: [],
    });
    expect(t('select * from "pick_lists" where "id" in (select "pick_list_id" from "pick_list_lines" where "status" = ?)').reads).toEqual([
      'pick_list_lines',
      'pick_lists',
    ]);
    expect(t('select * from "parcels", "parcel_items" as "i" where 1').reads).toEqual(['parcel_items', 'parcels']);
    expect(t('SELECT * FROM orders o JOIN order_lines ON o.id = order_id').reads).toEqual(['order_lines', 'orders']);
    expect(t('select count(*) as "n" from (select "order_id" from "stock_movements" group by "order_id") as "held"').reads).toEqual(['stock_movements']);
  });

  it('classifies insert, update, delete and replace as writes of their target, and what they read as reads', () => {
    expect(t('insert into "orders" ("a", "b") values (?, ?) returning "id"')).toEqual({ kind: 'write', reads: [], writes: ['orders'] });
    expect(t('update "orders" set "status" = ? where "id" = ?')).toEqual({ kind: 'write', reads: [], writes: ['orders'] });
    expect(t('delete from "parcels" where "id" = ?')).toEqual({ kind: 'write', reads: [], writes: ['parcels'] });
    expect(t('replace into settings (key, value) values (?, ?)')).toEqual({ kind: 'write', reads: [], writes: ['settings'] });
    expect(t('insert or ignore into "locations" ("bin_code") values (?)').writes).toEqual(['locations']);
    expect(t('update or replace "products" set "gtin" = ?').writes).toEqual(['products']);
    expect(t('insert into orders_search(rowid, order_number) select id, order_number from orders where id between ? and ?')).toEqual({
      kind: 'write',
      reads: ['orders'],
      writes: ['orders_search'],
    });
    expect(t('update "orders" set "shortage" = (select count(*) from "order_lines" where "order_id" = "orders"."id") where "id" in (?)')).toEqual({
      kind: 'write',
      reads: ['order_lines'],
      writes: ['orders'],
    });
    expect(t('delete from "parcel_items" where "parcel_id" in (select "id" from "parcels" where "order_id" = ?)')).toEqual({
      kind: 'write',
      reads: ['parcels'],
      writes: ['parcel_items'],
    });
  });

  it('an upsert writes only its target', () => {
    expect(t('insert into "settings" ("key", "value") values (?, ?) on conflict ("key") do update set "value" = excluded."value"')).toEqual({
      kind: 'write',
      reads: [],
      writes: ['settings'],
    });
  });

  it('leaves out CTE names, table-valued functions and subqueries', () => {
    expect(t('with "open" as (select * from "pick_lists" where "status" = ?) select * from "open" inner join "pick_list_lines" on 1')).toEqual({
      kind: 'read',
      reads: ['pick_list_lines', 'pick_lists'],
      writes: [],
    });
    expect(t('with recursive seq(n) as (select 1 union all select n + 1 from seq where n < 5) select n from seq').kind).toBe('none');
    expect(t('with x as materialized (select id from orders) select * from x').reads).toEqual(['orders']);
    expect(t(`insert into pick_list_lines (pick_list_id, seq) select ?, value ->> 0 from json_each(?)`)).toEqual({
      kind: 'write',
      reads: [],
      writes: ['pick_list_lines'],
    });
  });

  it('ignores SQLite and Kysely bookkeeping, pragmas, schema and transaction statements', () => {
    expect(t('select "name" from "sqlite_master" where "type" = ?').kind).toBe('none');
    expect(t('select * from kysely_migration_lock').kind).toBe('none');
    expect(t('select "name" from "kysely_migration" order by "name"').kind).toBe('none');
    expect(t('pragma foreign_keys = on').kind).toBe('none');
    expect(t('select * from pragma_table_info(?)').kind).toBe('none');
    expect(t('vacuum into ?').kind).toBe('none');
    expect(t('begin').kind).toBe('none');
    expect(t('commit').kind).toBe('none');
    expect(t('create table "orders" ("id" integer primary key)').kind).toBe('none');
    expect(t('create trigger t after update on orders begin insert into orders_search(rowid) values (new.id); end').kind).toBe('none');
  });

  it('is not fooled by keywords in strings, comments, quoted names or expressions', () => {
    expect(t(`select * from "orders" where "note" = 'delete from parcels' -- update products\n and "x" is distinct from ?`)).toEqual({
      kind: 'read',
      reads: ['orders'],
      writes: [],
    });
    expect(t('select "from", "update", "into" from "audit_log" /* join products */')).toEqual({ kind: 'read', reads: ['audit_log'], writes: [] });
    expect(t(`select replace("sku", '-', '') from "products" where cast("total" as real) > 0`)).toEqual({ kind: 'read', reads: ['products'], writes: [] });
    expect(t('select * from "main"."orders"').reads).toEqual(['orders']);
  });
});
