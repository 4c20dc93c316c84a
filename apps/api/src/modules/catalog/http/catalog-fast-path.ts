import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { JwtService } from '@nestjs/jwt';
import { getStorageToken, type ThrottlerStorage } from '@nestjs/throttler';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { parse as parseQueryString } from 'fast-querystring';
import { BrowseProductsUseCase, CachedCatalogReadModel, GetProductUseCase, ListCategoriesUseCase } from '@devgear/application';
import { productListQuerySchema } from '@devgear/contracts';
import { AccessTokenReader } from '../../../platform/auth/access-token';
import type { AppConfig } from '../../../platform/config/config';
import { APP_CONFIG } from '../../../platform/config/config.module';
import { sendError } from '../../../platform/http/http-error.filter';
import { parseInput } from '../../../platform/http/errors';
import { countedAtFrontDoor, type FrontDoor } from '../../../platform/http/front-door';
import { listEnvelope } from '../../../platform/http/list-envelope';
import { PreparedBody } from '../../../platform/http/prepared-body';
import { runInRequestContext } from '../../../platform/logging/request-context';
import { RouteRateLimit } from '../../../platform/throttling/route-rate-limit';
import { CATALOG_CACHE, CATALOG_LIVE_STATE } from '../catalog.tokens';
import type { CatalogChangeFollower } from '../persistence/catalog-change-follower';
import { presentCategory, presentDetail, presentSummary } from './catalog.presenter';

/** Bytes of rendered pages kept per instance (the most recently used; compressed forms not counted). */
const MAX_PAGE_BYTES = 32 * 1024 * 1024;

interface RenderedPage {
  body: PreparedBody;
  /** The catalog version it was rendered from (catalog edits move it, on every instance). */
  version: string;
  /** The live generation, for pages whose product list depends on stock or ratings. */
  generation: number | null;
  /** The products shown, and the live-state clock when their stock and ratings were read. */
  productIds: string[];
  renderedAt: number;
  /** The route template (the request-duration metric's label). */
  route: string;
  /** When last served (a tick of `usedClock`): the least recently used page goes first. */
  usedAt: number;
  /** Like every cached read, kept at most CATALOG_CACHE_TTL (the bound if an invalidation were ever missed). */
  expiresAt: number;
}

interface Rendered {
  body: PreparedBody;
  productIds: string[];
  liveDependent: boolean;
}

/** A render the front door does itself, and the route template it is measured under. */
interface DoorRender {
  route: string;
  render: () => Promise<Rendered>;
}

/**
 * The public catalog reads (GET /products, /products/{id-or-slug}, /categories) as plain
 * Fastify routes: the busiest requests of a shop, served without Nest's per-request
 * machinery (guards' metadata lookups, pipes, interceptors, re-serialising objects). Each
 * response is rendered once into a ready-to-send body (ETag, compressed once) and served
 * again while the catalog version, the live stock and ratings of the products it shows, and
 * (for in-stock filters and rating sorts) the live generation are unchanged. Every request
 * still counts against RATE_LIMIT_API, carries its X-Request-Id and gets the error envelope;
 * bad query values fail validation exactly as before (the contracts schema).
 * With CATALOG_CACHE_TTL=0 nothing is kept: every request reads PostgreSQL.
 */
export class CatalogFastPath {
  private readonly pages = new Map<string, RenderedPage>();
  private pageBytes = 0;
  private usedClock = 0;
  /** The route templates, and the URLs of them the front door renders itself (set by register). */
  private productRoute = '';
  private productPath: RegExp | null = null;
  private listingRoute = '';

  constructor(
    private readonly deps: {
      browse: BrowseProductsUseCase;
      getProduct: GetProductUseCase;
      listCategories: ListCategoriesUseCase;
      cache: CachedCatalogReadModel | null;
      live: CatalogChangeFollower | null;
      callers: AccessTokenReader;
      limit: RouteRateLimit;
      ttlMs: number;
      now?: () => number;
    },
  ) {}

  static fromApp(app: NestFastifyApplication): CatalogFastPath {
    const config = app.get<AppConfig>(APP_CONFIG);
    const storage = app.get<ThrottlerStorage>(getStorageToken(), { strict: false });
    const limit = new RouteRateLimit(storage, config.rateLimits.api);
    return new CatalogFastPath({
      browse: app.get(BrowseProductsUseCase, { strict: false }),
      getProduct: app.get(GetProductUseCase, { strict: false }),
      listCategories: app.get(ListCategoriesUseCase, { strict: false }),
      cache: app.get<CachedCatalogReadModel | null>(CATALOG_CACHE, { strict: false }),
      live: app.get<CatalogChangeFollower | null>(CATALOG_LIVE_STATE, { strict: false }),
      callers: new AccessTokenReader(app.get(JwtService, { strict: false })),
      limit,
      ttlMs: config.catalogCacheTtlSeconds * 1000,
    });
  }

  register(fastify: FastifyInstance, prefix: string): void {
    // `compress: false`: these bodies are compressed once, here, not on every send.
    // `requestContext: 'own'`: the request context is entered only around a render (the work that can report errors).
    const options = { compress: false, config: { requestContext: 'own' } } as object;
    this.productRoute = `${prefix}/products/:idOrSlug`;
    this.productPath = new RegExp(`^${prefix}/products/([A-Za-z0-9-]{1,200})$`);
    this.listingRoute = `${prefix}/products`;
    fastify.get(`${prefix}/products`, options, (request, reply) => this.serve(request, reply, () => this.renderListing(request.url, request.query)));
    fastify.get(`${prefix}/products/:idOrSlug`, options, (request, reply) =>
      this.serve(request, reply, () => this.renderProduct((request.params as { idOrSlug: string }).idOrSlug)),
    );
    fastify.get(`${prefix}/categories`, options, (request, reply) => this.serve(request, reply, () => this.renderCategories()));
  }

  /**
   * A page still fresh in memory is sent synchronously (no promise, no await: the common case of
   * a busy shop); anything else (a signed-in caller, a rate-limit store in Redis, a render, a
   * body still being compressed) takes the asynchronous path.
   */
  private serve(request: FastifyRequest, reply: FastifyReply, render: () => Promise<Rendered>): Promise<FastifyReply> | undefined {
    try {
      // An anonymous caller is counted at once where the counters are in memory.
      const counted =
        countedAtFrontDoor(request.raw, reply) || (request.headers.authorization === undefined && this.deps.limit.checkSync(request, reply, null));
      const page = counted ? this.freshPage(request.url) : undefined;
      if (page) {
        const sent = page.body.send(request, reply);
        if (!(sent instanceof Promise)) return undefined;
        return sent.catch((err: unknown) => this.fail(err, request, reply));
      }
      return this.serveAsync(request, reply, render, counted);
    } catch (err) {
      this.fail(err, request, reply);
      return undefined;
    }
  }

  /**
   * The FrontDoor's lane: a fresh page for an anonymous GET, answered before Fastify builds its
   * request and reply (the same status, headers and body as serve() gives); anything else, a rate
   * limit over or in Redis, or a compressed form still to be made, goes on to the Fastify route.
   */
  readonly frontDoorLane = (request: IncomingMessage, response: ServerResponse, door: FrontDoor): boolean => {
    if (request.method !== 'GET' || request.headers.authorization !== undefined) return false;
    const page = this.freshPage(request.url ?? '');
    if (!page) {
      // A product page or a listing with no fresh copy is rendered here too.
      const work = this.doorRender(request.url ?? '');
      const limits = work ? this.deps.limit.frontDoorHeaders(door.clientIp(request)) : null;
      if (!work || !limits) return false;
      void this.renderAtDoor(request, response, door, work, limits);
      return true;
    }
    const header = request.headers['if-none-match'];
    const answer = page.body.answer(typeof header === 'string' ? header : undefined, request.headers['accept-encoding']);
    if (!answer) return false;
    const limits = this.deps.limit.frontDoorHeaders(door.clientIp(request));
    if (!limits) return false;
    door.send(request, response, { status: answer.status, route: page.route, headers: [...limits, ...answer.headers], body: answer.body });
    return true;
  };

  /**
   * What the front door can render itself: a product page (a plain id or slug, nothing to decode)
   * or a listing (its query string parsed as Fastify parses it, fast-querystring, and validated by
   * the same schema as the route; a bad value fails the render and the route answers the 400).
   */
  private doorRender(url: string): DoorRender | null {
    const product = this.productPath?.exec(url);
    if (product) return { route: this.productRoute, render: () => this.renderProduct(product[1]) };
    const route = this.listingRoute;
    if (!route || !url.startsWith(route) || (url.length > route.length && url[route.length] !== '?')) return null;
    return { route, render: () => this.renderListing(url, parseQueryString(url.slice(route.length + 1))) };
  }

  /** The page kept for `url` if still fresh (marked used now). */
  private freshPage(url: string): RenderedPage | undefined {
    const { cache, live } = this.deps;
    if (!cache || !live) return undefined;
    const version = cache.trustedVersion();
    const page = version === null ? undefined : this.pages.get(url);
    if (!page || version === null || !this.fresh(page, version, live, (this.deps.now ?? Date.now)())) return undefined;
    this.touch(page);
    return page;
  }

  /** Marks the page used now (a stamp, not a re-insertion into the map: cheaper on every hit). */
  private touch(page: RenderedPage): void {
    page.usedAt = ++this.usedClock;
  }

  private async serveAsync(request: FastifyRequest, reply: FastifyReply, render: () => Promise<Rendered>, counted: boolean): Promise<FastifyReply> {
    try {
      if (!counted) {
        const user = await this.deps.callers.caller(request.headers.authorization);
        await this.deps.limit.check(request, reply, user);
      }
      const body = await this.page(request.url, request.routeOptions.url ?? request.url, String(request.id), render);
      return await body.send(request, reply);
    } catch (err) {
      return this.fail(err, request, reply);
    }
  }

  /** The body for `key`: the page kept if still fresh, else a render (kept for the next request when the cache is on). */
  private async page(key: string, route: string, requestId: string, render: () => Promise<Rendered>): Promise<PreparedBody> {
    const { cache, live } = this.deps;
    const inContext = () => runInRequestContext(requestId, render);
    if (!cache || !live) return (await inContext()).body;
    const version = cache.trustedVersion() ?? (await cache.currentVersion());
    const now = (this.deps.now ?? Date.now)();
    const page = this.pages.get(key);
    if (page && this.fresh(page, version, live, now)) {
      this.touch(page);
      return page.body;
    }
    const renderedAt = live.now();
    const generation = live.generation();
    const rendered = await inContext();
    this.remember(key, {
      body: rendered.body,
      version,
      generation: rendered.liveDependent ? generation : null,
      productIds: rendered.productIds,
      renderedAt,
      route,
      usedAt: ++this.usedClock,
      expiresAt: now + this.deps.ttlMs,
    });
    return rendered.body;
  }

  /**
   * A product page or listing with no fresh copy, rendered at the front door (it only reads the
   * database); if the render fails (an unknown product, a bad filter value), Fastify's route
   * answers it with the error envelope, without counting the request again.
   */
  private async renderAtDoor(request: IncomingMessage, response: ServerResponse, door: FrontDoor, work: DoorRender, limits: string[]): Promise<void> {
    const started = door.started;
    try {
      const url = request.url as string;
      const body = await this.page(url, work.route, door.requestId(request), work.render);
      const header = request.headers['if-none-match'];
      const answer = await body.answerReady(typeof header === 'string' ? header : undefined, request.headers['accept-encoding']);
      door.send(request, response, { status: answer.status, route: work.route, headers: [...limits, ...answer.headers], body: answer.body }, started);
    } catch {
      if (response.headersSent) response.destroy();
      else door.pass(request, response, limits);
    }
  }

  private fail(err: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
    sendError(err, request, reply);
    return reply;
  }

  private fresh(page: RenderedPage, version: string, live: CatalogChangeFollower, now: number): boolean {
    if (page.version !== version || page.expiresAt <= now) return false;
    if (page.generation !== null && page.generation !== live.generation()) return false;
    // Stamps never pass the clock: while it has not moved since the render, nothing shown changed.
    const clock = live.now();
    if (clock === page.renderedAt) return true;
    for (const id of page.productIds) if (live.stampOf(id) > page.renderedAt) return false;
    // None of its products changed up to now: the page is as fresh as a render at this clock.
    page.renderedAt = clock;
    return true;
  }

  private remember(key: string, page: RenderedPage): void {
    this.forget(key);
    this.pages.set(key, page);
    this.pageBytes += page.body.bytes.length;
    while (this.pageBytes > MAX_PAGE_BYTES && this.pages.size > 1) this.forget(this.leastRecentlyUsed());
  }

  /** Scans the pages (only when over the byte budget): hits stay a stamp, evictions pay the scan. */
  private leastRecentlyUsed(): string {
    let oldest: string | undefined;
    let at = Infinity;
    for (const [key, page] of this.pages) if (page.usedAt < at) [oldest, at] = [key, page.usedAt];
    return oldest as string;
  }

  private forget(key: string): void {
    const page = this.pages.get(key);
    if (!page) return;
    this.pages.delete(key);
    this.pageBytes -= page.body.bytes.length;
  }

  private async renderListing(url: string, query: unknown): Promise<Rendered> {
    const q = parseInput(productListQuerySchema, query, 'Invalid product filters');
    const inStock = q.in_stock === 'true' ? true : undefined;
    const result = await this.deps.browse.execute({
      q: q.q,
      categorySlug: q.category,
      brand: q.brand,
      priceMin: q.price_min,
      priceMax: q.price_max,
      inStock,
      sort: q.sort,
      page: q.page,
      perPage: q.per_page,
    });
    const body = PreparedBody.json(
      listEnvelope(result.items.map(presentSummary), result, url, {
        facets: { categories: result.facets.categories, brands: result.facets.brands, price: result.facets.price },
      }),
    );
    return { body, productIds: result.items.map((p) => p.id), liveDependent: inStock === true || q.sort === 'rating_desc' };
  }

  private async renderProduct(idOrSlug: string): Promise<Rendered> {
    const product = await this.deps.getProduct.execute(idOrSlug);
    return { body: PreparedBody.json({ data: presentDetail(product) }), productIds: [product.id], liveDependent: false };
  }

  private async renderCategories(): Promise<Rendered> {
    const categories = await this.deps.listCategories.execute();
    return { body: PreparedBody.json({ data: categories.map(presentCategory) }), productIds: [], liveDependent: false };
  }
}

/** The OpenAPI operations of the fast-path routes (Nest's scanner does not see them). */
export const CATALOG_READ_OPENAPI_PATHS: Record<string, { get: Record<string, unknown> }> = {
  '/api/v1/products': {
    get: { operationId: 'CatalogController_products', summary: 'List and search products with facets', parameters: [], responses: { 200: { description: 'A list envelope of product summaries' } }, tags: ['Catalog'] },
  },
  '/api/v1/products/{idOrSlug}': {
    get: {
      operationId: 'CatalogController_product',
      summary: 'A product by id or slug',
      parameters: [{ name: 'idOrSlug', required: true, in: 'path', schema: { type: 'string' } }],
      responses: { 200: { description: 'The full product' } },
      tags: ['Catalog'],
    },
  },
  '/api/v1/categories': {
    get: { operationId: 'CatalogController_categories', summary: 'The category tree with product counts', parameters: [], responses: { 200: { description: 'Categories in tree order' } }, tags: ['Catalog'] },
  },
};
