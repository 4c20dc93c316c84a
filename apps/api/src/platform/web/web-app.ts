import path from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import type { BrowseProductsUseCase, ListCategoriesUseCase } from '@devgear/application';
import { ApiError } from '../http/errors';
import { sendError } from '../http/http-error.filter';
import { PreparedBody } from '../http/prepared-body';
import { firstPaint, withFirstPaint } from './first-paint';
import { pageMetadata, renderPageHead, type PageSources } from './page-metadata';
import { buildSitemap, cachedFor, robotsTxt } from './seo-files';
import { loadStaticFiles, negotiateEncoding, type Encoding, type StaticFile } from './static-files';

export interface WebAppOptions {
  webDistDir: string;
  appUrl: string;
  logger: Logger;
  products: BrowseProductsUseCase;
  categories: ListCategoriesUseCase;
  /** Product, post and category reads for each page's own head (page-metadata.ts). */
  pages: PageSources;
}

const SITEMAP_TTL_MS = 10 * 60 * 1000;

/**
 * The built storefront, served like a production web server: precompressed brotli/gzip
 * variants chosen by Accept-Encoding (with `Vary`), ETags and 304s, content-hashed assets
 * cached for a year (`immutable`), index.html revalidated on every load (`no-cache`), a
 * real /robots.txt and /sitemap.xml, and index.html for the app's client-side routes (product,
 * category and blog pages with their own head and embedded data: page-metadata.ts, and their
 * first paint in the HTML: first-paint.ts). A
 * missing file (`/assets/old-123.js`, `/x.js.map`) and unknown /api or /media paths are 404s.
 */
export function registerWebApp(fastify: FastifyInstance, options: WebAppOptions): void {
  const files = loadStaticFiles(options.webDistDir);
  const shell = files.get('/index.html');
  if (!shell) options.logger.warn({ webDistDir: options.webDistDir }, 'web app not built: only the API is served (run `pnpm build`)');
  const sitemap = cachedFor(SITEMAP_TTL_MS, () => buildSitemap(options.appUrl, options.products, options.categories));
  const robots = robotsTxt(options.appUrl);
  const shellHtml = shell?.variants.identity.body.toString('utf8') ?? '';

  const handler = async (request: FastifyRequest, reply: FastifyReply) => {
    const urlPath = pathOf(request.url);
    if (urlPath === '/robots.txt') {
      return reply.type('text/plain; charset=utf-8').header('cache-control', 'public, max-age=3600').send(robots);
    }
    if (urlPath === '/sitemap.xml') {
      return reply.type('application/xml; charset=utf-8').header('cache-control', 'public, max-age=600').send(await sitemap());
    }
    const file = urlPath === null ? undefined : files.get(urlPath);
    if (file) return sendFile(request, reply, file);
    if (urlPath === null || !shell || isNotAPage(urlPath)) {
      return sendError(ApiError.notFound(`No route for ${request.method} ${request.url.split('?')[0]}`), request, reply);
    }
    // A client-side route (/products/..., /cart, /admin/...): the app's shell, which routes itself;
    // a product, category or blog page with its own title, description, structured data and data.
    const query = new URLSearchParams(request.url.split('?')[1] ?? '');
    const meta = await pageMetadata(urlPath, query, options.appUrl, options.pages);
    if (!meta) return sendFile(request, reply, shell);
    reply.header('cache-control', 'no-cache');
    // Painted from the HTML before the scripts run (first-paint.ts); the app then renders over it.
    return PreparedBody.html(withFirstPaint(renderPageHead(shellHtml, meta), firstPaint(urlPath, query, meta))).send(request, reply);
  };
  fastify.get('/', handler);
  fastify.get('/*', handler);
}

/** The decoded path without the query string; null when it is not valid percent-encoding. */
function pathOf(url: string): string | null {
  const raw = url.split('?')[0].split('#')[0];
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/** API and media paths, and anything that names a file (an extension), are never the app shell. */
function isNotAPage(urlPath: string): boolean {
  if (urlPath === '/api' || urlPath.startsWith('/api/') || urlPath.startsWith('/media/')) return true;
  return path.posix.extname(urlPath) !== '';
}

function sendFile(request: FastifyRequest, reply: FastifyReply, file: StaticFile) {
  const available = Object.keys(file.variants) as Encoding[];
  const encoding = negotiateEncoding(request.headers['accept-encoding'], available);
  const variant = file.variants[encoding] ?? file.variants.identity;
  reply.header('cache-control', file.cacheControl).header('etag', variant.etag);
  if (available.length > 1) reply.header('vary', 'Accept-Encoding');
  if (encoding !== 'identity') reply.header('content-encoding', encoding);
  const ifNoneMatch = request.headers['if-none-match'];
  if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === variant.etag)) {
    return reply.code(304).send();
  }
  return reply.type(file.type).send(variant.body);
}
