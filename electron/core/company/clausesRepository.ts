// The sales contract's clause templates, one text per clause and language.
import type { ClauseTemplates } from '../../../shared/api/contracts/company';
import { CONTRACT_CLAUSES, type ContractClause, DOCUMENT_LANGUAGES, type DocumentLanguage } from '../../../shared/schemas/customs';
import { type Db, appendAudit } from '../audit/auditRepository';
import type { Stamp } from '../api/stamp';

export async function loadClauses(db: Db): Promise<ClauseTemplates> {
  const rows = await db.selectFrom('contract_clauses').select(['clause', 'lang', 'text']).execute();
  const out = Object.fromEntries(DOCUMENT_LANGUAGES.map((l) => [l, Object.fromEntries(CONTRACT_CLAUSES.map((c) => [c, '']))])) as ClauseTemplates;
  for (const r of rows) {
    if ((DOCUMENT_LANGUAGES as readonly string[]).includes(r.lang) && (CONTRACT_CLAUSES as readonly string[]).includes(r.clause)) {
      out[r.lang as DocumentLanguage][r.clause as ContractClause] = r.text;
    }
  }
  return out;
}

export async function saveClauses(db: Db, lang: DocumentLanguage, clauses: Partial<Record<ContractClause, string>>, stamp: Stamp): Promise<ClauseTemplates> {
  const before = (await loadClauses(db))[lang];
  const changed = Object.entries(clauses).filter(([c, t]) => before[c as ContractClause] !== t) as [ContractClause, string][];
  for (const [clause, text] of changed) {
    await db
      .insertInto('contract_clauses')
      .values({ clause, lang, text })
      .onConflict((oc) => oc.columns(['clause', 'lang']).doUpdateSet({ text }))
      .execute();
  }
  if (changed.length > 0) {
    await appendAudit(db, [
      {
        entity: 'contractClauses',
        entityId: 1,
        action: 'clausesUpdated',
        before: Object.fromEntries(changed.map(([c]) => [`${lang}.${c}`, before[c]])),
        after: Object.fromEntries(changed.map(([c, t]) => [`${lang}.${c}`, t])),
        ...stamp,
      },
    ]);
  }
  return loadClauses(db);
}
