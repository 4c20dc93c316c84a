import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import fastifyMultipart from '@fastify/multipart';
import { BrowseProductsUseCase, GetProductUseCase, GetPublishedPostUseCase, ListBlogPostsUseCase, ListCategoriesUseCase, MAX_IMAGE_BYTES, type FileStorage } from '@devgear/application';
import { FILE_STORAGE } from './modules/catalog/catalog.tokens';
import { CatalogFastPath } from './modules/catalog/http/catalog-fast-path';
import { BackgroundJobs } from './platform/jobs/background-jobs';
import { AppModule } from './app.module';
import type { AppConfig } from './platform/config/config';
import { startEmbeddedPostgres, EmbeddedPostgres } from './platform/database/embedded-postgres';
import { migrateDatabase } from './platform/database/migrate';
import { FrontDoor } from './platform/http/front-door';
import { HttpErrorFilter, registerMalformedPathGuard } from './platform/http/http-error.filter';
import { requestIdFor } from './platform/http/request-id';
import { registerSecurityHeaders } from './platform/http/security-headers';
import { createLogger, PinoNestLogger } from './platform/logging/logger';
import { registerRequestContext } from './platform/logging/request-context';
import { registerRequestLog } from './platform/logging/request-log';
import { setupOpenApi } from './platform/http/openapi';
import { registerWebApp } from './platform/web/web-app';
import { Metrics } from './platform/metrics/metrics';
import { registerMetrics } from './platform/metrics/metrics-route';
import { registerRoleGate } from './platform/jobs/role';
import { Bootstrapper } from './seed/bootstrapper';

export const API_PREFIX = 'api/v1';
export const JSON_BODY_LIMIT = 1024 * 1024;

export interface CreateAppOptions {
  logger?: Logger;
}

export interface ShopApp {
  app: NestFastifyApplication;
  databaseUrl: string;
  /** Where cached catalog answers are written before Fastify (tests read its `answered` count). */
  frontDoor: FrontDoor;
  close(): Promise<void>;
}

/**
 * Composition root: database (embedded PostgreSQL unless DATABASE_URL), migrations, Nest on
 * Fastify with the platform concerns (request ids, error envelope, security headers,
 * logs, OpenAPI), the built web app, and start-up seeding. Used by main.ts and tests.
 */
export async function createShopApp(config: AppConfig, options: CreateAppOptions = {}): Promise<ShopApp> {
  const logger = options.logger ?? createLogger(config.logLevel, undefined, config.logFormat);
  let embedded: EmbeddedPostgres | null = null;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    logger.info({ phase: 'database', data_dir: config.dataDir }, 'database: no DATABASE_URL, starting the embedded PostgreSQL');
    embedded = await startEmbeddedPostgres(config.dataDir, {
      info: (msg) => logger.info({ phase: 'database' }, msg),
      warn: (msg) => logger.warn({ phase: 'database' }, msg),
      debug: (msg) => logger.debug({ phase: 'database' }, msg),
    });
    databaseUrl = embedded.url;
  }
  try {
    logger.info({ phase: 'migrations' }, 'migrations: checking the database schema');
    const migrated = await migrateDatabase(databaseUrl);
    logger.info(
      { phase: 'migrations', migrations: migrated.applied },
      migrated.applied.length ? `migrations: applied ${migrated.applied.length}` : 'migrations: the schema is up to date',
    );

    // Cached catalog answers are written at the server's front door, before Fastify's routing and hooks.
    const frontDoor = new FrontDoor();
    const adapter = new FastifyAdapter({
      serverFactory: frontDoor.serverFactory,
      loggerInstance: logger,
      genReqId: requestIdFor,
      requestIdLogLabel: 'request_id',
      disableRequestLogging: true,
      bodyLimit: JSON_BODY_LIMIT,
      trustProxy: config.trustProxy,
    });
    const app = await NestFactory.create<NestFastifyApplication>(AppModule.register(config, databaseUrl, config.databasePoolSize), adapter, {
      logger: new PinoNestLogger(logger),
      // Keeps the raw bytes of JSON bodies (request.rawBody): a webhook signature
      // (Stripe-Signature) is computed over them, not over a re-serialisation.
      rawBody: true,
    });
    const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;

    // While the instance stops (drainHttp), every answer closes its connection.
    const draining = { on: false };
    fastify.addHook('onRequest', (request, reply, done) => {
      reply.header('x-request-id', request.id);
      if (draining.on) reply.header('connection', 'close');
      done();
    });
    registerRequestContext(fastify);
    const accessLog = registerRequestLog(fastify);
    const metrics = app.get(Metrics);
    registerMetrics(fastify, metrics, config.metricsToken);
    registerRoleGate(fastify, config.role, `/${API_PREFIX}`);
    registerMalformedPathGuard(fastify);
    // Helmet's security headers, computed once at start (not rebuilt on every request).
    const securityHeaders = registerSecurityHeaders(fastify, {
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          styleSrc: ["'self'", "'unsafe-inline'"],
          scriptSrc: ["'self'"],
          connectSrc: ["'self'"],
          fontSrc: ["'self'", 'data:'],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
        },
      },
      crossOriginEmbedderPolicy: false,
    });
    // Only JSON bodies (multipart joins for uploads); anything else is 415, not a string.
    fastify.removeContentTypeParser('text/plain');

    app.setGlobalPrefix(API_PREFIX);
    app.useGlobalFilters(new HttpErrorFilter());

    // Uploads (product images): one file of at most 10 MiB per request; bigger is 413.
    await app.register(fastifyMultipart as never, { limits: { fileSize: MAX_IMAGE_BYTES, files: 1, fields: 10, fieldSize: 10_000 }, throwFileSizeLimit: true });

    // Images and other stored files at /media/<key>: from DATA_DIR/media, or from the private S3 bucket.
    if (config.s3) {
      const storage = app.get<FileStorage>(FILE_STORAGE);
      fastify.get('/media/*', async (request, reply) => {
        const key = (request.params as { '*': string })['*'];
        const body = /^[a-z0-9][a-z0-9._/-]{0,254}$/i.test(key) && !key.includes('..') ? await storage.get(key) : null;
        if (!body) return reply.code(404).type('application/json').send({ error: { code: 'NOT_FOUND', message: 'No such file', timestamp: new Date().toISOString(), request_id: request.id } });
        return reply.header('cache-control', 'public, max-age=31536000, immutable').type(mediaType(key)).send(Buffer.from(body));
      });
    } else {
      const mediaDir = path.join(config.dataDir, 'media');
      mkdirSync(mediaDir, { recursive: true });
      await app.register(fastifyStatic as never, {
        root: mediaDir,
        prefix: '/media/',
        decorateReply: false,
        maxAge: '1h',
      });
    }
    // Public catalog reads as Fastify routes, outside Nest's per-request layers (CatalogFastPath).
    const catalog = CatalogFastPath.fromApp(app);
    catalog.register(fastify, `/${API_PREFIX}`);
    if (config.role !== 'worker') {
      frontDoor.open(
        {
          securityHeaders,
          log: accessLog,
          observe: (method, route, status, seconds) => metrics.httpDuration.observe({ method, route, status_code: String(status) }, seconds),
          trustProxy: config.trustProxy,
        },
        catalog.frontDoorLane,
      );
    }
    registerWebApp(fastify, {
      webDistDir: config.webDistDir,
      appUrl: config.appUrl,
      logger,
      products: app.get(BrowseProductsUseCase),
      categories: app.get(ListCategoriesUseCase),
      pages: {
        getProduct: app.get(GetProductUseCase),
        getPost: app.get(GetPublishedPostUseCase),
        categories: app.get(ListCategoriesUseCase),
        browse: app.get(BrowseProductsUseCase),
        posts: app.get(ListBlogPostsUseCase),
      },
    });
    setupOpenApi(app);

    await app.init();
    await app.get(Bootstrapper).run();
    await fastify.ready();

    return {
      app,
      databaseUrl,
      frontDoor,
      async close() {
        // Background jobs first: no outbox row is claimed any more, and a delivery in flight
        // finishes before the database goes away.
        await app.get(BackgroundJobs).stop();
        // Then drain HTTP: stop accepting, let the requests in flight finish (Nest's close would
        // disconnect the database first, failing them), and only then tear the modules down.
        frontDoor.closing = true;
        await drainHttp(app.getHttpServer() as Server, draining, DRAIN_TIMEOUT_MS);
        await app.close();
        if (embedded) await embedded.stop();
      },
    };
  } catch (err) {
    if (embedded) await embedded.stop().catch(() => undefined);
    throw err;
  }
}

/** How long a stopping instance waits for its requests in flight before it cuts them. */
const DRAIN_TIMEOUT_MS = 10_000;
const IDLE_GRACE_MS = 500;

/**
 * Graceful stop of the HTTP side: stops listening at once (new connections are refused, so a proxy
 * fails over), answers every request already received with `Connection: close`, gives connections
 * accepted a moment ago `IDLE_GRACE_MS` to send their request before idle ones are closed, and waits
 * for the requests in flight (cut after `timeoutMs`). Node's own server.close() closes idle
 * connections at once, resetting a request that was about to arrive.
 */
function drainHttp(server: Server, draining: { on: boolean }, timeoutMs: number): Promise<void> {
  if (!server.listening) return Promise.resolve();
  draining.on = true;
  return new Promise((resolve) => {
    const idle = setInterval(() => server.closeIdleConnections(), IDLE_GRACE_MS);
    const cut = setTimeout(() => server.closeAllConnections(), timeoutMs);
    net.Server.prototype.close.call(server, () => {
      clearInterval(idle);
      clearTimeout(cut);
      resolve();
    });
  });
}

const MEDIA_TYPES: Record<string, string> = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', svg: 'image/svg+xml' };
function mediaType(key: string): string {
  return MEDIA_TYPES[key.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream';
}
