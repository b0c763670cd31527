// Maintainer's tool: writes ports.json, the UN/LOCODE places a customs document names as a port of
// loading, discharge or entry (sea ports, rail and road terminals, airports, postal exchange
// offices, border crossings), from the UN/LOCODE CSV (uncefact/vocab-locode, see SOURCE.md).
// Run from the repository root: node resources/unlocode/make-ports.mjs <unlocode-2023-2.csv>
/* global process, console */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';

const file = process.argv[2];
if (!file) {
  console.error('Usage: node resources/unlocode/make-ports.mjs <unlocode-2023-2.csv>');
  process.exit(2);
}

// The 8-position function classifier: position i holds its own digit when the place has that role.
// Bit i of the mask below is position i; ports.ts names them in the same order.
const ROLES = ['1', '2', '3', '4', '5', '6', '7', 'B'];
const WANTED = ROLES.map((_, i) => 1 << i).filter((_, i) => ['1', '2', '3', '4', '5', 'B'].includes(ROLES[i])).reduce((a, b) => a | b, 0);

const rows = Papa.parse(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data;
const byCode = new Map();
let removed = 0;
for (const r of rows) {
  // X/x: the edition marks the entry for removal (it names the code to use instead).
  if (r.Change === 'X' || r.Change === 'x') {
    removed++;
    continue;
  }
  let mask = 0;
  ROLES.forEach((role, i) => {
    if (r.Function[i] === role) mask |= 1 << i;
  });
  if ((mask & WANTED) === 0) continue;
  const code = r.Country + r.Location;
  const name = r.Name.trim();
  const seen = byCode.get(code);
  if (!seen) {
    byCode.set(code, [code, name, mask]);
    continue;
  }
  // A code listed twice is one place named in two languages ("Maarianhamina (Mariehamn)"):
  // keep the plain name when there is one, and every role either row gives.
  if (seen[1].includes('(') && !name.includes('(')) seen[1] = name;
  seen[2] |= mask;
}

const ports = [...byCode.values()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
writeFileSync(join('resources', 'unlocode', 'ports.json'), JSON.stringify({ edition: '2023-2', ports }) + '\n');
console.log(`ports.json: ${ports.length} places (${removed} rows marked for removal skipped)`);
