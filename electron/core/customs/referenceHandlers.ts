// HS code suggestions and UN/LOCODE port lookups for the document editor's fields.
import { type Kysely, sql } from 'kysely';
import type { Term } from '../../../shared/domain/hsText';
import type { AreaHandlers } from '../api/handlerTypes';
import type { DB } from '../db/schema';
import { type CatalogueIndex, type ClassifiedProduct, catalogueIndex, productTerms, suggestHs } from './hsSuggest';
import { searchPorts } from './ports';

interface CachedCatalogue {
  fingerprint: string;
  index: CatalogueIndex;
}

// Per database handle: a restore brings a new handle, so its catalogue is read afresh.
const catalogues = new WeakMap<Kysely<DB>, CachedCatalogue>();
/** Each product's terms by its texts: a rebuild after an edit only works out the products that changed. */
let termsByText = new Map<string, Term[]>();

const textKey = (p: ClassifiedProduct) => [p.name, p.description, p.brand, p.model].join('\u0000');

/**
 * The catalogue's classified products, indexed for the suggestions. Rebuilt only when the data
 * changed: total_changes() counts every row this connection (the core's only one) has written,
 * and the count and latest update of the products guard against any other writer.
 */
async function classifiedCatalogue(db: Kysely<DB>): Promise<CatalogueIndex> {
  const state = await sql<{ n: number; updated: string | null; changes: number }>`
    select count(*) as n, max(updated_at) as updated, total_changes() as changes from products where hs_code <> ''`.execute(db);
  const row = state.rows[0]!;
  const fingerprint = `${row.n}|${row.updated ?? ''}|${row.changes}`;
  const cached = catalogues.get(db);
  if (cached?.fingerprint === fingerprint) return cached.index;
  const rows = await db
    .selectFrom('products')
    .select(['sku', 'name', 'description', 'brand', 'model', 'hs_code'])
    .where('hs_code', '<>', '')
    .orderBy('id')
    .execute();
  const products = rows.map((r) => ({ sku: r.sku, name: r.name, description: r.description, brand: r.brand, model: r.model, hsCode: r.hs_code }));
  const next = new Map<string, Term[]>();
  const index = catalogueIndex(products, (p) => {
    const key = textKey(p);
    const found = termsByText.get(key) ?? next.get(key) ?? productTerms(p);
    next.set(key, found);
    return found;
  });
  termsByText = next;
  catalogues.set(db, { fingerprint, index });
  return index;
}

export const customsReferenceHandlers: AreaHandlers<'customs.hsSuggest' | 'customs.ports'> = {
  'customs.hsSuggest': async (input, ctx) => suggestHs(input.description, input.limit, await classifiedCatalogue(ctx.db)),
  'customs.ports': (input) => searchPorts(input.query, input.country, input.limit),
};
