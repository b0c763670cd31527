// Maintainer's tool: writes hs2022-headings.json (the chapter and heading texts the HS suggestions
// weigh beside each subheading's own) from the datasets/harmonized-system CSVs.
// Run from the repository root: node resources/hs/make-headings.mjs <folder with harmonized-system.csv and sections.csv>
/* global process, console */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';

const folder = process.argv[2];
if (!folder) {
  console.error('Usage: node resources/hs/make-headings.mjs <folder with harmonized-system.csv and sections.csv>');
  process.exit(2);
}

const read = (file) => Papa.parse(readFileSync(join(folder, file), 'utf8'), { header: true, skipEmptyLines: true }).data;

const sections = read('sections.csv').map((r) => [r.section, r.name.trim()]);
// Comtrade's 99 "Commodities not specified according to kind" chain carries section TOTAL: no real goods.
const rows = read('harmonized-system.csv').filter((r) => r.section !== 'TOTAL');
const chapters = rows.filter((r) => r.level === '2').map((r) => [r.hscode, r.description, r.section]);
const headings = rows.filter((r) => r.level === '4').map((r) => [r.hscode, r.description]);

writeFileSync(join('resources', 'hs', 'hs2022-headings.json'), JSON.stringify({ sections, chapters, headings }) + '\n');
console.log(`hs2022-headings.json: ${sections.length} sections, ${chapters.length} chapters, ${headings.length} headings`);
