// What the checks of a document need besides the documents themselves: where its orders go and
// how (destination country, shipping method), what was packed, who we are and the active rules.
import { canonical, dec } from '../../../shared/domain/money';
import type { CompanyProfile } from '../../../shared/schemas/customs/company';
import type { DestinationRule } from '../../../shared/schemas/customs/rules';
import type { Db } from '../audit/auditRepository';
import { loadCompanyProfile } from '../company/profileRepository';
import { listDestinationRules } from '../company/rulesRepository';

export interface CheckFacts {
  country: string;
  method: string;
  parcels: { count: number; netKg: string; grossKg: string } | null;
  rules: DestinationRule[];
  profile: CompanyProfile;
}

export async function loadCheckFacts(db: Db, orderIds: number[]): Promise<CheckFacts> {
  const orders = orderIds.length
    ? await db.selectFrom('orders').select(['id', 'country', 'shipping_method']).where('id', 'in', orderIds).orderBy('id').execute()
    : [];
  const parcels = orderIds.length
    ? await db.selectFrom('parcels').select(['net_kg', 'computed_gross_kg', 'gross_kg']).where('order_id', 'in', orderIds).execute()
    : [];
  let net = dec('0');
  let gross = dec('0');
  for (const p of parcels) {
    net = net.plus(dec(p.net_kg || '0'));
    // The weighed figure when the parcel was closed on the scale; the computed one otherwise.
    gross = gross.plus(dec(p.gross_kg ?? (p.computed_gross_kg || '0')));
  }
  return {
    country: orders[0]?.country ?? '',
    method: orders[0]?.shipping_method ?? '',
    parcels: parcels.length ? { count: parcels.length, netKg: canonical(net), grossKg: canonical(gross) } : null,
    rules: await listDestinationRules(db, { activeOnly: true }),
    profile: await loadCompanyProfile(db),
  };
}
