import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
// s3rver: a real S3-compatible server on loopback (no credentials checks beyond the SDK's signing).
import S3rver from 's3rver';
import { startTestApp, type TestApp } from './support/test-app';
import { login } from './support/auth';
import { bearer } from './support/shop';

const ADMIN = { email: 'images.admin@devgear.test', password: 'admin-password-for-tests' };
const JPEG = readFileSync(path.join(__dirname, 'fixtures/keyboard.jpg'));
const BUCKET = 'devgear-test-media';

interface Setup {
  t: TestApp;
  admin: string;
  close(): Promise<void>;
}

async function local(): Promise<Setup> {
  const t = await startTestApp('images_local_e2e', { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, BCRYPT_COST: '4', JOBS_INTERVAL_MS: '0' });
  return { t, admin: (await login(t.server, ADMIN.email, ADMIN.password)).access_token, close: () => t.close() };
}

async function s3(): Promise<Setup & { objects(): Promise<string[]> }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'devgear-s3rver-'));
  const server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: dir, configureBuckets: [{ name: BUCKET, configs: [] }] });
  const { port } = (await server.run()) as { port: number };
  const t = await startTestApp('images_s3_e2e', {
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    BCRYPT_COST: '4',
    JOBS_INTERVAL_MS: '0',
    S3_BUCKET: BUCKET,
    S3_REGION: 'us-east-1',
    S3_ENDPOINT: `http://127.0.0.1:${port}`,
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
  });
  const { S3Client, ListObjectsV2Command } = await import('@aws-sdk/client-s3');
  const client = new S3Client({ region: 'us-east-1', endpoint: `http://127.0.0.1:${port}`, forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
  return {
    t,
    admin: (await login(t.server, ADMIN.email, ADMIN.password)).access_token,
    async objects() {
      const res = await client.send(new ListObjectsV2Command({ Bucket: BUCKET }));
      return (res.Contents ?? []).map((o) => o.Key!).filter((k) => k.startsWith('products/') && !k.endsWith('.svg'));
    },
    async close() {
      client.destroy();
      await t.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

describe.each([
  ['local disk', local],
  ['S3 (s3rver on loopback)', s3],
])('product images stored on %s', (_name, start) => {
  let s: Setup;
  const http = () => request(s.t.server);
  beforeAll(async () => {
    s = await start();
  });
  afterAll(async () => {
    await s?.close();
  });

  async function someProduct(offset: number) {
    const list = await http().get(`/api/v1/products?category=mice&per_page=10&sort=name_asc`);
    return list.body.data[offset] as { id: string; slug: string };
  }
  const upload = (productId: string, file: Buffer, filename: string, alt?: string) => {
    const r = http().post(`/api/v1/products/${productId}/images`).set(bearer(s.admin));
    if (alt !== undefined) r.field('alt', alt);
    return r.attach('file', file, { filename, contentType: 'image/jpeg' });
  };

  it('accepts a real JPEG, serves it back byte-identical, shows it on the product, and deletes it', async () => {
    const p = await someProduct(0);
    const before = (await http().get(`/api/v1/products/${p.slug}`)).body.data.images.length;
    const res = await upload(p.id, JPEG, 'desk-photo.jpg', 'The keyboard on a walnut desk');
    expect(res.status).toBe(201);
    const image = res.body.data.images[res.body.data.images.length - 1];
    expect(image.alt).toBe('The keyboard on a walnut desk');
    expect(image.url).toMatch(/^\/media\/products\/[0-9a-f-]+\/[0-9a-f-]+\.jpg$/);
    expect(image.url).not.toContain('desk-photo'); // random keys, never the client's name

    const served = await http().get(image.url).buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    });
    expect(served.status).toBe(200);
    expect(served.headers['content-type']).toMatch(/^image\/jpeg/);
    expect(Buffer.compare(served.body as Buffer, JPEG)).toBe(0);

    const detail = (await http().get(`/api/v1/products/${p.slug}`)).body.data;
    expect(detail.images).toHaveLength(before + 1);
    expect(detail.images.map((i: { url: string }) => i.url)).toContain(image.url);

    const removed = await http().delete(`/api/v1/products/${p.id}/images/${image.id}`).set(bearer(s.admin));
    expect(removed.status).toBe(200);
    expect((await http().get(image.url)).status).toBe(404);
    expect((await http().get(`/api/v1/products/${p.slug}`)).body.data.images).toHaveLength(before);
    if ('objects' in s) expect(await (s as Awaited<ReturnType<typeof s3>>).objects()).toEqual([]);
  });

  it('refuses an 11 MiB file with 413, a .jpg that is really text with 400, and a missing alt with 400', async () => {
    const p = await someProduct(1);
    const big = Buffer.alloc(11 * 1024 * 1024, 0);
    JPEG.copy(big, 0, 0, 64);
    const tooBig = await upload(p.id, big, 'huge.jpg', 'Huge');
    expect([tooBig.status, tooBig.body.error.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);

    const text = await upload(p.id, Buffer.from('I am a text file wearing a .jpg name'), 'photo.jpg', 'Not a photo');
    expect([text.status, text.body.error.code]).toEqual([400, 'VALIDATION_ERROR']);
    expect(text.body.error.details.file[0]).toMatch(/JPEG, PNG or WebP/);

    const noAlt = await upload(p.id, JPEG, 'photo.jpg');
    expect(noAlt.status).toBe(400);
    expect(noAlt.body.error.details).toHaveProperty('alt');

    const json = await http().post(`/api/v1/products/${p.id}/images`).set(bearer(s.admin)).send({ alt: 'x' });
    expect(json.status).toBe(400);
    if ('objects' in s) expect(await (s as Awaited<ReturnType<typeof s3>>).objects()).toEqual([]);
  });

  it('reorders images and needs an admin', async () => {
    const p = await someProduct(2);
    const a = (await upload(p.id, JPEG, 'a.jpg', 'First')).body.data;
    const b = (await upload(p.id, JPEG, 'b.jpg', 'Second')).body.data;
    const ids = b.images.map((i: { id: string }) => i.id) as string[];
    const reversed = [...ids].reverse();
    const res = await http().put(`/api/v1/products/${p.id}/images/order`).set(bearer(s.admin)).send({ image_ids: reversed });
    expect(res.status).toBe(200);
    expect(res.body.data.images.map((i: { id: string }) => i.id)).toEqual(reversed);
    expect((await http().put(`/api/v1/products/${p.id}/images/order`).set(bearer(s.admin)).send({ image_ids: reversed.slice(1) })).status).toBe(400);
    expect(a.images.length).toBeGreaterThan(0);
    expect((await http().post(`/api/v1/products/${p.id}/images`).attach('file', JPEG, 'x.jpg')).status).toBe(401);
    expect((await http().delete(`/api/v1/products/${p.id}/images/${randomUUID()}`).set(bearer(s.admin))).status).toBe(404);
  });
});
