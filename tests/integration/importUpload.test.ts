// Big files sent in pieces (uploads.*) and imported from disk: the same preview, refusal and
// outcome as the same content sent as text; wrong pieces refused; cancel leaves the data file as it was.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreApp } from '../../electron/core/app';
import { UPLOAD_CHUNK_BYTES } from '../../shared/api/contracts/uploads';
import type { ImportPreview } from '../../shared/api/types';
import { decodeCsvBytes } from '../../shared/import/encoding';
import { SMALL_HEADER, writeBigCsv } from '../hostile/generate';
import { call, counts, refusal, startCore, tempRoot } from './support/core';

const tmp = tempRoot();
afterAll(() => tmp.cleanup());
let core: CoreApp;
beforeEach(async () => {
  core = await startCore(tmp.next());
});
afterEach(() => core.close());

async function upload(bytes: Uint8Array, piece = UPLOAD_CHUNK_BYTES, name = 'big.csv'): Promise<string> {
  const { uploadId } = await call(core, 'uploads.begin', { fileName: name, size: bytes.length });
  for (let offset = 0; offset < bytes.length; offset += piece) {
    await call(core, 'uploads.append', { uploadId, offset, chunk: Buffer.from(bytes.subarray(offset, offset + piece)).toString('base64') });
  }
  return uploadId;
}

const withoutSource = ({ encoding: _e, lostCharacters: _l, ...rest }: ImportPreview) => rest;

async function dataFileHash(): Promise<string> {
  await core.idle();
  await sql`pragma wal_checkpoint(TRUNCATE)`.execute(core.db);
  return createHash('sha256').update(readFileSync(core.dataFile)).digest('hex');
}

let big: { bytes: Uint8Array; text: string; orders: number; bad: number } | undefined;
async function bigFile() {
  if (!big) {
    const file = join(tmp.root, 'big.csv');
    const info = await writeBigCsv(file, 20 * 1024 * 1024, { badEvery: 500 });
    const bytes = new Uint8Array(readFileSync(file));
    big = { bytes, text: decodeCsvBytes(bytes).text, orders: info.orders, bad: Math.ceil(info.orders / 500) };
  }
  return big;
}

describe('importing an uploaded file', () => {
  it('previews, refuses and imports a 20 MB file exactly as the same text', { timeout: 120_000 }, async () => {
    const { bytes, text, orders, bad } = await bigFile();
    const uploadId = await upload(bytes);
    const fromText = await call(core, 'orders.importPreview', { fileName: 'big.csv', text });
    const fromUpload = await call(core, 'orders.importPreview', { fileName: 'big.csv', uploadId });
    expect(fromUpload.encoding).toBe('utf-8');
    expect(fromUpload.lostCharacters).toBe(0);
    expect(withoutSource(fromUpload)).toEqual(fromText);
    expect(fromUpload.counts).toEqual({ new: orders - bad, existing: 0, conflict: 0, invalid: bad });

    const before = await dataFileHash();
    const refusedText = await refusal(core, 'orders.importCommit', { fileName: 'big.csv', text });
    const refusedUpload = await refusal(core, 'orders.importCommit', { fileName: 'big.csv', uploadId });
    expect(refusedUpload).toEqual(refusedText);
    expect(await dataFileHash()).toBe(before);

    const outcome = await call(core, 'orders.importCommit', { fileName: 'big.csv', uploadId, onlyValid: true });
    expect(outcome).toMatchObject({ created: orders - bad, existing: 0, conflicts: [], rejected: bad });
    const record = await core.db.selectFrom('imports').selectAll().executeTakeFirstOrThrow();
    expect(record).toMatchObject({ file_sha256: createHash('sha256').update(text).digest('hex'), created: orders - bad, rejected: bad, existing: 0 });
    // The same content again, as text: everything is already there.
    expect(await call(core, 'orders.importCommit', { fileName: 'big.csv', text, onlyValid: true })).toMatchObject({ created: 0, existing: orders - bad });
    // The upload was used up by the import.
    expect((await refusal(core, 'orders.importPreview', { fileName: 'big.csv', uploadId })).code).toBe('import.uploadGone');
  });

  it('reads UTF-16 and Windows-1252 files as the renderer would decode them', async () => {
    const text = `${SMALL_HEADER}\r\nA1,Jürgen Müller,DE,EUR,1,2.00,Größe\r\nA2,Zoë Ångström,SE,EUR,2,3.50,"a, b"\r\n`;
    const files = {
      'utf-16le': new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]),
      'windows-1252': new Uint8Array(Buffer.from(text, 'latin1')),
    };
    for (const [encoding, bytes] of Object.entries(files)) {
      const decoded = decodeCsvBytes(bytes);
      expect(decoded.encoding).toBe(encoding);
      const uploadId = await upload(bytes, 7);
      const preview = await call(core, 'orders.importPreview', { fileName: 'x.csv', uploadId });
      expect(preview.encoding).toBe(encoding);
      expect(withoutSource(preview)).toEqual(await call(core, 'orders.importPreview', { fileName: 'x.csv', text: decoded.text }));
      expect(preview.sample.map((s) => s.consigneeName)).toEqual(['Jürgen Müller', 'Zoë Ångström']);
    }
  });

  it('refuses a piece at the wrong offset, an unknown upload, an unfinished one, and a file over 1 GB', async () => {
    const { uploadId } = await call(core, 'uploads.begin', { fileName: 'a.csv', size: 10 });
    await call(core, 'uploads.append', { uploadId, offset: 0, chunk: Buffer.from('abcd').toString('base64') });
    expect(await refusal(core, 'uploads.append', { uploadId, offset: 0, chunk: Buffer.from('efgh').toString('base64') })).toMatchObject({
      code: 'import.uploadOffset',
      params: { offset: 0, received: 4 },
    });
    expect((await refusal(core, 'uploads.append', { uploadId, offset: 4, chunk: Buffer.from('0123456789').toString('base64') })).code).toBe(
      'import.uploadTooLong',
    );
    expect((await refusal(core, 'orders.importPreview', { fileName: 'a.csv', uploadId })).code).toBe('import.uploadIncomplete');
    const unknownId = 'f'.repeat(32);
    expect((await refusal(core, 'uploads.append', { uploadId: unknownId, offset: 0, chunk: '' })).code).toBe('import.uploadGone');
    expect((await refusal(core, 'orders.importPreview', { fileName: 'a.csv', uploadId: unknownId })).code).toBe('import.uploadGone');
    // Not an id main made: refused before anything looks for it.
    expect((await refusal(core, 'orders.importPreview', { fileName: 'a.csv', uploadId: '../despacho.sqlite' })).code).toBe('errors.validation');
    expect((await refusal(core, 'uploads.begin', { fileName: 'huge.csv', size: 1024 ** 3 + 1 })).code).toBe('errors.validation');
    expect((await refusal(core, 'orders.importPreview', { fileName: 'a.csv', text: 'x', uploadId })).code).toBe('errors.validation');
    expect(await call(core, 'uploads.discard', { uploadId })).toEqual({ discarded: true });
    expect(await call(core, 'uploads.discard', { uploadId })).toEqual({ discarded: false });
  });

  for (const [command, phase] of [
    ['orders.importPreview', 'reading'],
    ['orders.importPreview', 'checking'],
    ['orders.importCommit', 'writing'],
  ] as const) {
    it(`cancels ${command} while ${phase}, leaving the data file as it was`, { timeout: 60_000 }, async () => {
      const { bytes } = await bigFile();
      const uploadId = await upload(bytes);
      const before = await dataFileHash();
      const jobId = `job-${phase}`;
      let cancel: Promise<unknown> | undefined;
      const off = core.onEvent((e) => {
        if (!cancel && e.type === 'progress' && e.phase === phase && e.done > 0) cancel = core.dispatch('orders.importCancel', { jobId });
      });
      const result = await core.dispatch(command, { fileName: 'big.csv', uploadId, onlyValid: true, jobId });
      off();
      expect(await cancel).toEqual({ ok: true, value: { cancelled: true } });
      expect(result).toMatchObject({ ok: false, error: { code: 'errors.importCancelled' } });
      expect((await counts(core.db)).orders).toBe(0);
      expect(await dataFileHash()).toBe(before);
    });
  }
});
