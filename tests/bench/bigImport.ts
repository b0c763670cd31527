// `npx tsx tests/bench/bigImport.ts`: a 100 MB order CSV (BIG_MB=<n> to change; one order in
// 1000 bad) previewed and imported (onlyValid) both ways: sent as text, and uploaded in pieces and
// streamed from disk. Each case runs in a process of its own, so its peak RSS is its own.
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore } from '../../electron/core/app';
import { UPLOAD_CHUNK_BYTES } from '../../shared/api/contracts/uploads';
import { decodeCsvBytes } from '../../shared/import/encoding';
import { writeBigCsv } from '../hostile/generate';

const MB = Number(process.env.BIG_MB ?? 100);
const CASES = ['text preview', 'text commit', 'upload preview', 'upload commit'] as const;

async function child(which: string, file: string, dataDir: string): Promise<void> {
  const core = await openCore({ dataDir, mode: 'web', version: 'bench' });
  const started = Date.now();
  const command = which.endsWith('preview') ? 'orders.importPreview' : 'orders.importCommit';
  let input: Record<string, unknown>;
  if (which.startsWith('text')) {
    // As the renderer does it: the whole file's bytes, decoded, sent as one string.
    input = { fileName: 'big.csv', text: decodeCsvBytes(new Uint8Array(readFileSync(file))).text };
  } else {
    // As the renderer does it: one 4 MB slice of the file at a time, base64.
    const size = statSync(file).size;
    const begun = await core.dispatch('uploads.begin', { fileName: 'big.csv', size });
    const uploadId = (begun as { ok: true; value: { uploadId: string } }).value.uploadId;
    const fd = openSync(file, 'r');
    const piece = Buffer.alloc(UPLOAD_CHUNK_BYTES);
    for (let offset = 0; offset < size; offset += UPLOAD_CHUNK_BYTES) {
      const n = readSync(fd, piece, 0, UPLOAD_CHUNK_BYTES, offset);
      const env = await core.dispatch('uploads.append', { uploadId, offset, chunk: piece.subarray(0, n).toString('base64') });
      if (!env.ok) throw new Error(JSON.stringify(env.error));
    }
    closeSync(fd);
    input = { fileName: 'big.csv', uploadId };
  }
  const sent = Date.now();
  const env = await core.dispatch(command, { ...input, onlyValid: true });
  if (!env.ok) throw new Error(JSON.stringify(env.error));
  const done = Date.now();
  await core.close();
  const v = env.value as { counts?: unknown; created?: number };
  console.log(
    JSON.stringify({
      send: (sent - started) / 1000,
      run: (done - sent) / 1000,
      peakMb: Math.round(process.resourceUsage().maxRSS / 1024),
      result: v.counts ?? { created: v.created },
    }),
  );
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'despacho-bigimport-'));
  try {
    const file = join(dir, 'big.csv');
    const info = await writeBigCsv(file, MB * 1024 * 1024, { badEvery: 1000 });
    console.log(`big import bench: ${(info.bytes / 1048576).toFixed(1)} MB, ${info.rows} rows, ${info.orders} orders`);
    console.log(`${'case'.padEnd(16)} ${'read/send'.padStart(10)} ${'command'.padStart(10)} ${'peak RSS'.padStart(10)}  result`);
    CASES.forEach((which, i) => {
      const out = execFileSync(process.execPath, [...process.execArgv, __filename, which, file, join(dir, `data-${i}`)], {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
      });
      const r = JSON.parse(out.trim().split('\n').pop()!);
      console.log(
        `${which.padEnd(16)} ${`${r.send.toFixed(1)} s`.padStart(10)} ${`${r.run.toFixed(1)} s`.padStart(10)} ${`${r.peakMb} MB`.padStart(10)}  ${JSON.stringify(r.result)}`,
      );
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const [which, file, dataDir] = process.argv.slice(2);
(which ? child(which, file!, dataDir!) : main()).catch((err) => {
  console.error(err);
  process.exit(1);
});
