#!/usr/bin/env node
// Runs @doyensec/electronegativity (pinned 1.10.3) on one input and writes its SARIF report.
//
// Why a wrapper and not `npx electronegativity -i ... -o out.sarif`:
//  - with -o the CLI swallows parse errors, so a file the parser could not read would silently
//    escape the scan; the runner API returns them and we print them for the gate to fail on;
//  - the tool fetches message translations from the internet on every run (1 s timeout, retries,
//    ~6 s offline). We load its bundled en-US messages instead: offline, faster, and the SARIF
//    message texts do not depend on the machine's LANG or on a remote file.
// Checks, parser and SARIF writer are the tool's own; only the message loading is replaced.
//
// Usage: node run-electronegativity.cjs <input dir|file> <out.sarif> <electronVersion> [excludedCheck,...]
// Prints one line `SCAN_RESULT {"errors":[...],"issues":n}` on stdout.
'use strict';
const path = require('node:path');

const [input, output, electronVersion, exclude = 'AvailableSecurityFixesGlobalCheck'] = process.argv.slice(2);
if (!input || !output || !electronVersion) {
  console.error('usage: run-electronegativity.cjs <input> <out.sarif> <electronVersion> [excludedChecks]');
  process.exit(2);
}

const runnerFile = require.resolve('@doyensec/electronegativity'); // .../dist/runner.js
const dist = path.dirname(runnerFile);
const toolRequire = require('node:module').createRequire(runnerFile);

// Messages from the package's own locale file, no network.
const i18n = toolRequire('i18n');
i18n.configure({
  locales: ['en-US'],
  defaultLocale: 'en-US',
  directory: path.join(dist, 'locales'),
  updateFiles: false,
  objectNotation: true,
  retryInDefaultLocale: true,
  register: global,
});
i18n.setLocale('en-US');
const i18nModule = path.join(dist, 'locales', 'i18n.js');
require.cache[i18nModule] = { id: i18nModule, filename: i18nModule, loaded: true, exports: () => Promise.resolve() };

const run = require(runnerFile);

run(
  {
    input: path.resolve(input),
    output,
    isSarif: true,
    customScan: [],
    excludeFromScan: exclude.split(',').map((c) => c.trim().toLowerCase()).filter(Boolean),
    severitySet: undefined,
    confidenceSet: undefined,
    isRelative: true,
    isVerbose: true,
    electronUpgrade: undefined,
    electronVersionOverride: electronVersion,
    parserPlugins: [],
  },
  false,
).then(
  (result) => {
    const errors = result.errors.map((e) => ({ file: path.relative(path.resolve(input), e.file), message: e.message, tolerable: e.tolerable }));
    console.log('SCAN_RESULT ' + JSON.stringify({ errors, issues: result.issues.length }));
  },
  (err) => {
    console.error(err && err.stack ? err.stack : String(err));
    process.exit(1);
  },
);
