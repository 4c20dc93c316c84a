import 'reflect-metadata';
import { createShopApp } from './app.factory';
import { ConfigError, loadConfig } from './platform/config/config';

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
  const shop = await createShopApp(config);
  await shop.app.listen({ port: config.port, host: config.host });
  const where = `http://localhost:${config.port}`;
  shop.app.getHttpAdapter().getInstance().log.info(
    { url: where, api: `${where}/api/v1`, docs: `${where}/api/docs` },
    `DevGear is running at ${where} (API ${where}/api/v1, docs ${where}/api/docs)`,
  );
  const stop = async (signal: string) => {
    shop.app.getHttpAdapter().getInstance().log.info({ signal }, 'shutting down');
    await shop.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err) => {
  process.stderr.write(`DevGear failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
