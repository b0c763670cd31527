// The static security gate: runs Electronegativity on a folder, reads its SARIF report and returns
// every finding that the allowlist does not explain. Electronegativity always exits 0, so this
// function, not the tool, decides whether the build is acceptable.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SECURITY_DIR = __dirname;
export const ALLOWLIST_FILE = join(SECURITY_DIR, 'electronegativity-allowlist.json');
const RUNNER = join(SECURITY_DIR, 'run-electronegativity.cjs');

export interface Finding {
  ruleId: string;
  level: string;
  /** Path relative to the scanned folder; 'file:///' for application-wide (global) findings. */
  file: string;
  line: number;
  message: string;
}

export interface AllowEntry {
  ruleId: string;
  /** Why this finding is acceptable in this code base. Required, and must say something real. */
  reason: string;
  /** When given, the entry only covers findings in these files (relative to the scanned folder). */
  files?: string[];
  /** When given, the entry only covers findings whose message contains this text. */
  message?: string;
}

export interface ScanReport {
  findings: Finding[];
  /** Files the scanner could not parse: blind spots, so the gate treats them as failures. */
  parseErrors: { file: string; message: string; tolerable: boolean }[];
}

export interface GateResult extends ScanReport {
  /** Findings no allowlist entry covers. The gate passes when this and parseErrors are empty. */
  violations: Finding[];
  /** Allowlist entries that covered at least one finding. */
  usedEntries: AllowEntry[];
}

interface SarifLog {
  runs: {
    results: {
      ruleId: string;
      level?: string;
      message?: { text?: string };
      locations?: { physicalLocation?: { artifactLocation?: { uri?: string }; region?: { startLine?: number } } }[];
    }[];
  }[];
}

export function readAllowlist(file = ALLOWLIST_FILE): AllowEntry[] {
  return JSON.parse(readFileSync(file, 'utf8')) as AllowEntry[];
}

/** The Electron version the app is built with, from package.json, so the scanner uses its defaults. */
export function electronVersionOf(packageJson: string): string {
  const pkg = JSON.parse(readFileSync(packageJson, 'utf8')) as { devDependencies?: Record<string, string>; dependencies?: Record<string, string> };
  const spec = pkg.devDependencies?.electron ?? pkg.dependencies?.electron;
  const version = spec?.match(/\d+\.\d+\.\d+/)?.[0];
  if (!version) throw new Error(`No pinned electron version in ${packageJson}.`);
  return version;
}

export function parseSarif(text: string): Finding[] {
  const log = JSON.parse(text) as SarifLog;
  return log.runs.flatMap((run) =>
    run.results.map((r) => {
      const loc = r.locations?.[0]?.physicalLocation;
      return {
        ruleId: r.ruleId,
        level: r.level ?? 'warning',
        file: loc?.artifactLocation?.uri ?? 'file:///',
        line: loc?.region?.startLine ?? 0,
        message: r.message?.text ?? '',
      };
    }),
  );
}

/** Runs the scanner on `input` (a folder or file) in a child process and returns its findings. */
export async function scan(input: string, electronVersion: string): Promise<ScanReport> {
  const dir = mkdtempSync(join(tmpdir(), 'despacho-eneg-'));
  const sarif = join(dir, 'out.sarif');
  try {
    const stdout = await new Promise<string>((resolve, reject) => {
      execFile(
        process.execPath,
        [RUNNER, input, sarif, electronVersion, 'AvailableSecurityFixesGlobalCheck'],
        { timeout: 120_000, maxBuffer: 16 * 1024 * 1024 },
        (err, out, errOut) => (err ? reject(new Error(`Electronegativity failed on ${input}: ${err.message}\n${errOut}`)) : resolve(out)),
      );
    });
    const line = stdout.split('\n').find((l) => l.startsWith('SCAN_RESULT '));
    if (!line) throw new Error(`Electronegativity printed no result for ${input}:\n${stdout}`);
    const { errors } = JSON.parse(line.slice('SCAN_RESULT '.length)) as { errors: ScanReport['parseErrors'] };
    return { findings: parseSarif(readFileSync(sarif, 'utf8')), parseErrors: errors };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function covers(entry: AllowEntry, f: Finding): boolean {
  if (entry.ruleId !== f.ruleId) return false;
  if (entry.files && !entry.files.includes(f.file)) return false;
  if (entry.message !== undefined && !f.message.includes(entry.message)) return false;
  return true;
}

/** Splits findings into explained (by an allowlist entry) and violations. */
export function applyAllowlist(findings: Finding[], allowlist: AllowEntry[]): { violations: Finding[]; usedEntries: AllowEntry[] } {
  const used = new Set<AllowEntry>();
  const violations: Finding[] = [];
  for (const f of findings) {
    const entry = allowlist.find((e) => covers(e, f));
    if (entry) used.add(entry);
    else violations.push(f);
  }
  return { violations, usedEntries: allowlist.filter((e) => used.has(e)) };
}

/** The gate: scan, then apply the allowlist. */
export async function securityGate(input: string, electronVersion: string, allowlist: AllowEntry[] = readAllowlist()): Promise<GateResult> {
  const report = await scan(input, electronVersion);
  return { ...report, ...applyAllowlist(report.findings, allowlist) };
}

export function describeFindings(findings: Finding[]): string[] {
  return findings.map((f) => `${f.ruleId} ${f.file}:${f.line} (${f.level}) ${f.message}`);
}
