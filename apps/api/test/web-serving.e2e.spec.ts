import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { get, type IncomingHttpHeaders } from 'node:http';
import request from 'supertest';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * The built web app served like a production web server (issue 9): precompressed variants by
 * Accept-Encoding, caching by kind of file, no source maps, real robots.txt and sitemap.xml.
 * The stand-in build has what `pnpm build` writes: hashed assets with .br/.gz next to them.
 */
const JS = `export const catalogue = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => ({ id: i, name: `product ${i}` })))};\n`;
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp('web_serving', { JOBS_INTERVAL_MS: '0' }, {
    webFiles: {
      'assets/index-Ab12Cd34.js': JS,
      'assets/index-Ab12Cd34.js.br': brotliCompressSync(Buffer.from(JS)),
      'assets/index-Ab12Cd34.js.gz': gzipSync(Buffer.from(JS)),
      'assets/index-Ab12Cd34.js.map': '{"version":3,"sources":["src/secret.ts"]}',
    },
  });
});
afterAll(() => t?.close());

/** GET with node:http: the bytes as sent (HTTP clients such as supertest decompress on their own). */
function asset(acceptEncoding = 'identity', extra: Record<string, string> = {}): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(`${t.server}/assets/index-Ab12Cd34.js`, { headers: { 'accept-encoding': acceptEncoding, ...extra } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

describe('compressed assets', () => {
  it('sends brotli to a client that accepts it, gzip to one that only takes gzip, and the file as is otherwise', async () => {
    const br = await asset('gzip, deflate, br');
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['vary']).toMatch(/accept-encoding/i);
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(brotliDecompressSync(br.body).toString()).toBe(JS);
    expect(Number(br.headers['content-length'])).toBeLessThan(JS.length / 3);

    const gz = await asset('gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(JS);

    const refusedBr = await asset('br;q=0, gzip;q=0.8');
    expect(refusedBr.headers['content-encoding']).toBe('gzip');

    const plain = await asset();
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['vary']).toMatch(/accept-encoding/i);
    expect(plain.body.toString()).toBe(JS);
  });

  it('caches hashed assets for a year (immutable) and answers a matching If-None-Match with 304', async () => {
    const first = await asset('br');
    expect(first.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(first.headers['etag']).toBeTruthy();
    const again = await asset('br', { 'if-none-match': String(first.headers['etag']) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    // The gzip variant has its own ETag: a cache never mixes up the encodings.
    expect((await asset('gzip')).headers['etag']).not.toBe(first.headers['etag']);
  });

  it('serves index.html and client-side routes uncached (revalidated on every visit)', async () => {
    for (const path of ['/', '/index.html', '/products/keychron-k2', '/account/orders']) {
      const res = await request(t.server).get(path);
      expect([path, res.status, res.headers['cache-control']]).toEqual([path, 200, 'no-cache']);
      expect(res.text).toContain('DevGear test shell');
    }
  });

  it('never serves source maps, nor the compressed files under their own names; a missing asset is a 404, not the app', async () => {
    for (const path of ['/assets/index-Ab12Cd34.js.map', '/assets/index-Ab12Cd34.js.br', '/assets/index-Ab12Cd34.js.gz', '/assets/index-OLD999.js', '/favicon.ico']) {
      const res = await request(t.server).get(path);
      expect([path, res.status, res.body.error?.code]).toEqual([path, 404, 'NOT_FOUND']);
    }
  });
});

describe('robots.txt and sitemap.xml', () => {
  it('robots.txt is a real robots file pointing at the sitemap and keeping crawlers out of private pages', async () => {
    const res = await request(t.server).get('/robots.txt');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.text).toMatch(/^User-agent: \*$/m);
    for (const path of ['/admin', '/account', '/cart', '/checkout', '/api/']) expect(res.text).toContain(`Disallow: ${path}`);
    expect(res.text).toMatch(/^Sitemap: http:\/\/localhost:\d+\/sitemap\.xml$/m);
  });

  it('sitemap.xml lists every visible product and every category with products, from the database', async () => {
    const res = await request(t.server).get('/sitemap.xml');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/xml/);
    expect(res.headers['cache-control']).toMatch(/max-age=\d+/);
    const locs = [...res.text.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    const products: string[] = [];
    for (let page = 1; ; page++) {
      const list = await request(t.server).get(`/api/v1/products?per_page=100&page=${page}`);
      products.push(...list.body.data.map((p: { slug: string }) => p.slug));
      if (!list.body.meta.has_next) break;
    }
    expect(products.length).toBeGreaterThan(100);
    for (const slug of products) expect(locs).toContain(`${new URL(locs[0]).origin}/products/${slug}`);
    const categories = (await request(t.server).get('/api/v1/categories')).body.data as { slug: string; product_count: number }[];
    for (const c of categories.filter((c) => c.product_count > 0)) expect(locs.some((l) => l.endsWith(`/products?category=${c.slug}`))).toBe(true);
    expect(new Set(locs).size).toBe(locs.length);
  });
});
