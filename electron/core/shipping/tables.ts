// The shipping area's table: the rules that turn a shop's shipping line into a shipping method.
// Later the transport step maps lines to a carrier and a service beside them.
import type { Generated, Selectable } from 'kysely';

export interface ShippingRulesTable {
  id: Generated<number>;
  /** 1 is checked first; the first rule that matches a line decides its method. */
  position: number;
  /** 'contains' | 'word' | 'exact' (shared/domain/shipping.ts). */
  match: string;
  pattern: string;
  /** One of SHIPPING_METHODS; never 'unknown'. */
  method: string;
}

export interface ShippingTables {
  shipping_rules: ShippingRulesTable;
}

export type ShippingRuleRow = Selectable<ShippingRulesTable>;
