// `npm run web`: starts the core and the browser harness and prints the address to open.
// Options: --port N (default: a free port), --data-dir DIR (default: as the desktop app),
// --restore-latest-backup (put the newest good backup in place of the data file, then start).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DamagedDatabaseError, StartupError, defaultDataDir, openCore, restoreBeforeOpen } from '../app';
import { startHarness } from './server';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
}

async function main() {
  const root = resolve(__dirname, '../../..');
  const staticDir = join(root, 'out', 'renderer');
  if (!existsSync(join(staticDir, 'index.html'))) {
    console.error('The renderer is not built. Run `npm run web` (it builds first) or `npm run build`.');
    process.exit(1);
  }
  const dataDir = option('data-dir') ?? defaultDataDir();
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  if (process.argv.includes('--restore-latest-backup')) {
    const { restored, preRestore } = await restoreBeforeOpen(dataDir);
    console.log(`Restored the backup ${restored.name} (made ${restored.createdAt}).`);
    console.log(
      preRestore ? `The data as it was before is kept in the backup ${preRestore.name}.` : 'The damaged data file was kept in the "damaged" folder beside it.',
    );
  }
  const core = await openCore({ dataDir, mode: 'web', version });
  const portText = option('port') ?? process.env.DESPACHO_PORT;
  const harness = await startHarness(core, { staticDir, port: portText ? Number(portText) : undefined });
  console.log(`Despacho data file: ${core.dataFile}`);
  console.log(`Despacho is running. Open this address in your browser: ${harness.url}`);
  console.log('DESPACHO_READY');
  const stop = () => {
    harness
      .close()
      .then(() => core.close())
      .then(
        () => process.exit(0),
        (err: unknown) => {
          console.error('Despacho could not close cleanly:', err);
          process.exit(1);
        },
      );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  if (err instanceof StartupError) console.error(err.userMessage);
  else console.error(err);
  if (err instanceof DamagedDatabaseError && err.latestBackup) {
    const dir = option('data-dir');
    console.error(`\nTo put the backup ${err.latestBackup.name} in its place (the damaged file is kept aside), run:`);
    console.error(`  npm run web --${dir ? ` --data-dir ${JSON.stringify(dir)}` : ''} --restore-latest-backup`);
  }
  process.exit(1);
});
