// The tables one SQL statement reads and writes, read off its text: enough for the statements
// Kysely compiles and the raw `sql` templates of the core, not a full SQL parser. Used by
// tests/integration/contractTables.test.ts to compare what each command touches with what the
// API contract declares.
//
// - Writes: the target of `insert into`, `replace into`, `insert or … into`, `update [or …]` and
//   `delete from`. Triggers fired by a write are not seen (their bodies are not in the statement).
// - Reads: every table after `from` or `join` (also inside a write: `insert … select from`, a
//   subquery in `update … set`, `update … from`), and comma lists `from a, b`.
// - Not tables: CTE names (`with x as (…)`), table-valued functions (`from json_each(?)`),
//   subqueries (`from (select …)`), SQLite's own (`sqlite_master`, `pragma_…`) and Kysely's
//   migration tables. `pragma`, `vacuum into ?` and transaction statements touch no table, and
//   schema statements (create, drop, alter) are left out: commands do not change the schema.

export interface StatementTables {
  kind: 'read' | 'write' | 'none';
  reads: string[];
  writes: string[];
}

type Token = { t: 'word'; v: string } | { t: 'name'; v: string } | { t: 'punct'; v: string } | { t: 'other' };

/** Splits a statement into words (keywords or bare names), quoted names and punctuation; drops comments and string literals. */
export function tokenize(sql: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const n = sql.length;
  while (i < n) {
    const c = sql[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '-' && sql[i + 1] === '-') {
      while (i < n && sql[i] !== '\n') i++;
    } else if (c === '/' && sql[i + 1] === '*') {
      const end = sql.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
    } else if (c === "'") {
      // A string literal ('' escapes a quote): never a table.
      i++;
      while (i < n) {
        if (sql[i] === "'" && sql[i + 1] === "'") i += 2;
        else if (sql[i] === "'") break;
        else i++;
      }
      i++;
      out.push({ t: 'other' });
    } else if (c === '"' || c === '`') {
      let v = '';
      i++;
      while (i < n) {
        if (sql[i] === c && sql[i + 1] === c) {
          v += c;
          i += 2;
        } else if (sql[i] === c) break;
        else v += sql[i++];
      }
      i++;
      out.push({ t: 'name', v: v.toLowerCase() });
    } else if (c === '[') {
      const end = sql.indexOf(']', i + 1);
      out.push({ t: 'name', v: sql.slice(i + 1, end < 0 ? n : end).toLowerCase() });
      i = end < 0 ? n : end + 1;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_$]*/.exec(sql.slice(i))!;
      out.push({ t: 'word', v: m[0].toLowerCase() });
      i += m[0].length;
    } else if (/[0-9]/.test(c)) {
      const m = /^[0-9][0-9A-Za-z_.]*/.exec(sql.slice(i))!;
      out.push({ t: 'other' });
      i += m[0].length;
    } else if ('(),.;'.includes(c)) {
      out.push({ t: 'punct', v: c });
      i++;
    } else {
      // Operators, parameters (?, :name, $1): nothing a table name can be.
      out.push({ t: 'other' });
      i++;
    }
  }
  return out;
}

// Words that end a table reference or cannot be an alias.
const KEYWORDS = new Set(
  (
    'select from where join inner left right full outer cross natural on using group order by having limit offset union all ' +
    'except intersect values set returning as with recursive insert into update delete replace or and not null is in ' +
    'exists between like glob case when then else end window over indexed materialized do conflict nothing default'
  ).split(' '),
);

const isName = (tok: Token | undefined): tok is { t: 'word' | 'name'; v: string } => !!tok && (tok.t === 'name' || (tok.t === 'word' && !KEYWORDS.has(tok.v)));
const isWord = (tok: Token | undefined, ...words: string[]) => !!tok && tok.t === 'word' && words.includes(tok.v);
const isPunct = (tok: Token | undefined, p: string) => !!tok && tok.t === 'punct' && tok.v === p;

/** Not application tables: SQLite's own, Kysely's migration bookkeeping. */
export function isSystemTable(name: string): boolean {
  return /^(sqlite_|pragma_|kysely_migration)/.test(name);
}

/** Names given to common table expressions (and windows): `x as (`, `x(a, b) as (`, `x as [not] materialized (`. */
function cteNames(tokens: Token[]): Set<string> {
  const names = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (!isName(tok)) continue;
    let j = i + 1;
    if (isPunct(tokens[j], '(')) {
      // A column list: names and commas up to the closing parenthesis.
      j++;
      while (j < tokens.length && (isName(tokens[j]) || isPunct(tokens[j], ','))) j++;
      if (!isPunct(tokens[j], ')')) continue;
      j++;
    }
    if (!isWord(tokens[j], 'as')) continue;
    j++;
    if (isWord(tokens[j], 'not')) j++;
    if (isWord(tokens[j], 'materialized')) j++;
    if (isPunct(tokens[j], '(')) names.add(tok.v);
  }
  return names;
}

/** A table reference at tokens[i]: `name` or `schema.name`; returns the name and the index after it, or null. */
function tableAt(tokens: Token[], i: number): { name: string; next: number } | null {
  const first = tokens[i];
  if (!isName(first)) return null;
  const second = tokens[i + 2];
  if (isPunct(tokens[i + 1], '.') && isName(second)) return { name: second.v, next: i + 3 };
  return { name: first.v, next: i + 1 };
}

export function statementTables(sql: string): StatementTables {
  const tokens = tokenize(sql);
  const first = tokens.find((t) => t.t !== 'punct');
  if (
    !first ||
    isWord(
      first,
      'pragma',
      'create',
      'drop',
      'alter',
      'vacuum',
      'begin',
      'commit',
      'rollback',
      'savepoint',
      'release',
      'end',
      'analyze',
      'reindex',
      'attach',
      'detach',
    )
  ) {
    return { kind: 'none', reads: [], writes: [] };
  }
  const ctes = cteNames(tokens);
  const reads = new Set<string>();
  const writes = new Set<string>();
  const keep = (name: string) => !ctes.has(name) && !isSystemTable(name);

  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (tok.t !== 'word') continue;
    const prev = tokens[i - 1];
    if (tok.v === 'into') {
      const ref = tableAt(tokens, i + 1);
      if (ref && keep(ref.name)) writes.add(ref.name);
    } else if (tok.v === 'update') {
      // `update [or abort|fail|ignore|replace|rollback] t`, but not `do update set` (an upsert's own target).
      let j = i + 1;
      if (isWord(tokens[j], 'or')) j += 2;
      const ref = tableAt(tokens, j);
      if (ref && keep(ref.name)) writes.add(ref.name);
    } else if (tok.v === 'from' || tok.v === 'join') {
      if (tok.v === 'from' && isWord(prev, 'distinct')) continue; // `is distinct from`
      const isDelete = tok.v === 'from' && isWord(prev, 'delete');
      let j = i + 1;
      for (;;) {
        const ref = tableAt(tokens, j);
        if (!ref) break;
        // A name followed by "(" is a table-valued function (json_each(?)), not a table.
        if (isPunct(tokens[ref.next], '(')) break;
        if (keep(ref.name)) (isDelete ? writes : reads).add(ref.name);
        j = ref.next;
        if (isWord(tokens[j], 'as')) j++;
        if (isName(tokens[j])) j++; // the alias
        // `from a, b`: only a select's from list goes on after a comma.
        if (isDelete || tok.v !== 'from' || !isPunct(tokens[j], ',')) break;
        j++;
      }
    }
  }
  return { kind: writes.size > 0 ? 'write' : reads.size > 0 ? 'read' : 'none', reads: [...reads].sort(), writes: [...writes].sort() };
}
