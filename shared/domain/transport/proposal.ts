// The service the app proposes for an order: the first active rule (by position) whose shipping-line
// pattern, method and countries match the order AND whose service fits it. Rules match lines as the
// shipping-line rules do (shared/domain/shipping.ts: contains / word / exact, accent- and
// case-insensitive), except that an empty pattern here means any line. Every rule looked at is
// reported, with why it was passed over, so the clerk sees how the choice was made.
import { type ShippingMatch, ruleMatchesKey, shippingKey } from '../shipping';
import { coversCountry } from './countries';
import type { FitReason } from './fit';

export interface ProposalRule {
  id: number;
  position: number;
  match: ShippingMatch;
  pattern: string;
  method: string;
  countries: readonly string[];
  serviceId: number;
  active: boolean;
}

export interface ProposalOrder {
  shippingLine: string;
  shippingMethod: string;
  country: string;
}

export type RuleSkip = 'inactive' | 'line' | 'method' | 'country' | 'serviceUnfit';

export interface RuleLook {
  ruleId: number;
  position: number;
  serviceId: number;
  /** undefined for the rule that chose. */
  skipped?: RuleSkip;
  /** Why the rule's service did not fit, when skipped is 'serviceUnfit'. */
  reasons?: FitReason[];
}

export type Proposal =
  { ok: true; ruleId: number; serviceId: number; looked: RuleLook[] } | { ok: false; why: 'noRules' | 'noneMatched' | 'noneFits'; looked: RuleLook[] };

/** Whether the rule's line, method and countries match the order (its service's fit aside). */
export function ruleMatchesOrder(rule: ProposalRule, order: ProposalOrder): RuleSkip | null {
  if (!rule.active) return 'inactive';
  if (shippingKey(rule.pattern) !== '' && !ruleMatchesKey(rule, shippingKey(order.shippingLine))) return 'line';
  if (rule.method !== '' && rule.method !== order.shippingMethod) return 'method';
  if (!coversCountry(rule.countries, order.country)) return 'country';
  return null;
}

/** `fitOf` gives the service's refusals for this order ([] when it fits). */
export function proposeService(rules: readonly ProposalRule[], order: ProposalOrder, fitOf: (serviceId: number) => FitReason[]): Proposal {
  const ordered = [...rules].sort((a, b) => a.position - b.position || a.id - b.id);
  const looked: RuleLook[] = [];
  let matched = false;
  for (const rule of ordered) {
    const base = { ruleId: rule.id, position: rule.position, serviceId: rule.serviceId };
    const skip = ruleMatchesOrder(rule, order);
    if (skip) {
      looked.push({ ...base, skipped: skip });
      continue;
    }
    matched = true;
    const reasons = fitOf(rule.serviceId);
    if (reasons.length > 0) {
      looked.push({ ...base, skipped: 'serviceUnfit', reasons });
      continue;
    }
    looked.push(base);
    return { ok: true, ruleId: rule.id, serviceId: rule.serviceId, looked };
  }
  return { ok: false, why: ordered.length === 0 ? 'noRules' : matched ? 'noneFits' : 'noneMatched', looked };
}
