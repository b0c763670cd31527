// Writes tests/hostile/files/ from corpus.ts:  npx tsx tests/hostile/makeFiles.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS } from './corpus';

const dir = join(__dirname, 'files');
mkdirSync(dir, { recursive: true });
for (const c of CORPUS) {
  const bytes = c.bytes();
  writeFileSync(join(dir, c.file), bytes);
  console.log(`${c.file.padEnd(28)} ${String(bytes.length).padStart(6)} bytes  ${c.about}`);
}
