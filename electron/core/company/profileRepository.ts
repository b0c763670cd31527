// Reads and writes the company profile (one row of JSON, checked against its schema both ways:
// a profile written by an older version still reads, with defaults for fields it lacked).
import { type CompanyProfile, companyProfileSchema, emptyCompanyProfile } from '../../../shared/schemas/customs/company';
import { type Db, appendAudit } from '../audit/auditRepository';
import type { Stamp } from '../api/stamp';

export async function loadCompanyProfile(db: Db): Promise<CompanyProfile> {
  const row = await db.selectFrom('company_profile').select('data').where('id', '=', 1).executeTakeFirst();
  if (!row) return emptyCompanyProfile();
  const parsed = companyProfileSchema.safeParse(JSON.parse(row.data));
  return parsed.success ? parsed.data : emptyCompanyProfile();
}

/** Replaces the profile; the caller passes a parsed profile. The audit keeps before and after. */
export async function saveCompanyProfile(db: Db, profile: CompanyProfile, stamp: Stamp): Promise<CompanyProfile> {
  const before = await loadCompanyProfile(db);
  const data = JSON.stringify(profile);
  await db
    .insertInto('company_profile')
    .values({ id: 1, data, updated_at: stamp.at, updated_by: stamp.actor })
    .onConflict((oc) => oc.column('id').doUpdateSet({ data, updated_at: stamp.at, updated_by: stamp.actor }))
    .execute();
  // The logo is a large data URL: the audit notes whether it changed, not its bytes.
  const slim = (p: CompanyProfile) => ({ ...p, logo: p.logo ? `(${p.logo.length} characters)` : '' });
  await appendAudit(db, [{ entity: 'company', entityId: 1, action: 'companyUpdated', before: slim(before), after: slim(profile), ...stamp }]);
  return profile;
}
