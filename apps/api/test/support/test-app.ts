import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { createShopApp, ShopApp } from '../../src/app.factory';
import { loadConfig } from '../../src/platform/config/config';
import { createLogger } from '../../src/platform/logging/logger';
import { createTestDatabase, TestDatabase } from './test-database';

export interface TestApp {
  shop: ShopApp;
  /** Base URL of the app listening on a loopback port (supertest takes it as is). */
  server: string;
  db: TestDatabase;
  dataDir: string;
  webDir: string;
  /** Every JSON log line the app wrote. */
  logs: Record<string, unknown>[];
  close(): Promise<void>;
}

/**
 * The whole app over HTTP on a fresh PostgreSQL database, with the demo catalog and a
 * stand-in web build (so the SPA fallback can be tested without building the web app).
 */
export async function startTestApp(label: string, env: Record<string, string> = {}, options: { webFiles?: Record<string, string | Buffer>; port?: number } = {}): Promise<TestApp> {
  const db = await createTestDatabase(label);
  const dataDir = mkdtempSync(path.join(tmpdir(), `devgear-${label}-`));
  const webDir = path.join(dataDir, 'web');
  mkdirSync(path.join(webDir, 'assets'), { recursive: true });
  writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><html><body><div id="root">DevGear test shell</div></body></html>');
  writeFileSync(path.join(webDir, 'assets', 'app-abc123.js'), 'console.log("app")');
  for (const [file, content] of Object.entries(options.webFiles ?? {})) writeFileSync(path.join(webDir, file), content);

  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n')) if (line.trim()) logs.push(JSON.parse(line));
      done();
    },
  });
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    DATA_DIR: dataDir,
    WEB_DIST_DIR: webDir,
    SEED_DEMO: 'true',
    LOG_LEVEL: 'info',
    // Generous limits so suites can make many calls; the rate-limit tests set their own.
    RATE_LIMIT_API: '100000/60',
    RATE_LIMIT_AUTH: '100000/60',
    RATE_LIMIT_ADMIN: '100000/60',
    ...env,
  });
  try {
    const shop = await createShopApp(config, { logger: createLogger('info', sink) });
    // A real listening socket: many concurrent requests must share one server, as in production.
    await shop.app.listen({ port: options.port ?? 0, host: '127.0.0.1' });
    const address = shop.app.getHttpServer().address() as { port: number };
    return {
      shop,
      server: `http://127.0.0.1:${address.port}`,
      db,
      dataDir,
      webDir,
      logs,
      async close() {
        await shop.close();
        await db.drop();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await db.drop();
    throw err;
  }
}
