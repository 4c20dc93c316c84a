import 'reflect-metadata';
import { createShopApp } from './app.factory';
import { ConfigError, loadConfig } from './platform/config/config';

/** A second signal this soon after the first is the same Ctrl-C (pnpm forwards it once more). */
const SAME_SIGNAL_MS = 2000;

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }

  // Ctrl-C while starting (the database may be initialising): stop what started, then exit 0.
  let shop: Awaited<ReturnType<typeof createShopApp>> | null = null;
  let stopping: number | null = null;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping !== null) {
      if (Date.now() - stopping < SAME_SIGNAL_MS) return;
      process.stderr.write(`${signal} again: exiting without a clean shutdown\n`);
      process.exit(1);
    }
    stopping = Date.now();
    if (!shop) return; // still starting: main() stops it as soon as createShopApp returns
    shop.app.getHttpAdapter().getInstance().log.info({ signal }, 'shutting down');
    await shop.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  shop = await createShopApp(config);
  if (stopping !== null) {
    await shop.close();
    process.exit(0);
  }
  await shop.app.listen({ port: config.port, host: config.host });
  const where = config.appUrl;
  const mailbox = !config.mail.sendgridApiKey && !config.production ? `${where}/api/v1/dev/mailbox?to=you@example.com` : null;
  shop.app.getHttpAdapter().getInstance().log.info(
    { store: `${where}/`, admin: `${where}/admin`, mailbox, api: `${where}/api/v1`, docs: `${where}/api/docs` },
    `DevGear is ready (${process.uptime().toFixed(1)} s): store ${where}/  admin ${where}/admin${mailbox ? `  mailbox ${mailbox}` : ''}`,
  );
}

main().catch((err) => {
  process.stderr.write(`DevGear failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
