import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { backupNameFromPath } from '../../electron/main/backupChoice';

const root = mkdtempSync(join(tmpdir(), 'despacho-choice-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const backups = join(root, 'backups');
mkdirSync(join(backups, 'sub'), { recursive: true });
const good = 'despacho-20261126-090000-manual.sqlite';
writeFileSync(join(backups, good), 'x');
writeFileSync(join(backups, 'sub', good), 'x');
writeFileSync(join(root, good), 'x');
writeFileSync(join(backups, 'notes.sqlite'), 'x');
symlinkSync(join(root, good), join(backups, 'despacho-20261126-100000-manual.sqlite'));

describe('backupNameFromPath', () => {
  it('accepts a backup directly inside the backups folder', () => {
    expect(backupNameFromPath(join(backups, good), backups)).toBe(good);
    expect(backupNameFromPath(join(backups, 'sub', '..', good), backups)).toBe(good);
  });

  it('refuses files elsewhere, in sub-folders, through links, or not named like a backup', () => {
    expect(backupNameFromPath(join(root, good), backups)).toBeNull();
    expect(backupNameFromPath(join(backups, 'sub', good), backups)).toBeNull();
    expect(backupNameFromPath(join(backups, 'despacho-20261126-100000-manual.sqlite'), backups)).toBeNull();
    expect(backupNameFromPath(join(backups, 'notes.sqlite'), backups)).toBeNull();
    expect(backupNameFromPath(join(backups, 'missing.sqlite'), backups)).toBeNull();
    expect(backupNameFromPath(join(backups, good), join(root, 'nope'))).toBeNull();
  });
});
