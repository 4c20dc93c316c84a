import { readFileSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { AdminBlogPostDto, BlogPostDto, BlogPostListResponse } from '@devgear/contracts';
import { startTestApp, type TestApp } from './support/test-app';
import { adminToken, bearer, COMMUNITY_ENV, newProduct, register } from './support/community';

let t: TestApp;
let admin: string;
const http = () => request(t.server);
const JPEG = readFileSync(path.join(__dirname, 'fixtures/keyboard.jpg'));

beforeAll(async () => {
  t = await startTestApp('blog_e2e', COMMUNITY_ENV);
  admin = await adminToken(t);
});
afterAll(async () => {
  await t?.close();
});

const create = (body: object, token = admin) => http().post('/api/v1/admin/blog/posts').set(bearer(token)).send(body);
const update = (id: string, body: object) => http().patch(`/api/v1/admin/blog/posts/${id}`).set(bearer(admin)).send(body);
let n = 0;
const unique = (title: string) => `${title} ${(n += 1)}-${Date.now().toString(36)}`;

describe('public blog', () => {
  it('lists the demo posts, published only, newest first, with the list envelope', async () => {
    const res = await http().get('/api/v1/blog/posts');
    expect(res.status).toBe(200);
    const body = res.body as BlogPostListResponse;
    expect(body.meta.total).toBeGreaterThanOrEqual(3);
    expect(Object.keys(body.data[0]).sort()).toEqual(['author', 'cover_image', 'excerpt', 'id', 'published_at', 'slug', 'tags', 'title'].sort());
    for (let i = 1; i < body.data.length; i += 1) expect(body.data[i - 1].published_at >= body.data[i].published_at).toBe(true);
    const post = (await http().get(`/api/v1/blog/posts/${body.data[0].slug}`)).body.data as BlogPostDto;
    expect(post.body_html).toContain('<h2>');
    expect(post.products.length).toBeGreaterThan(0);
    expect(Object.keys(post.products[0])).toContain('rating');
  });

  it('filters by tag, pages, validates the query and answers 404 for an unknown slug', async () => {
    const tagged = (await http().get('/api/v1/blog/posts?tag=Keyboards')).body as BlogPostListResponse;
    expect(tagged.data.length).toBeGreaterThan(0);
    expect(tagged.data.every((p) => p.tags.includes('keyboards'))).toBe(true);
    expect((await http().get('/api/v1/blog/posts?tag=no-such-tag')).body.meta.total).toBe(0);
    expect((await http().get('/api/v1/blog/posts?per_page=1&page=2')).body.data).toHaveLength(1);
    expect((await http().get('/api/v1/blog/posts?per_page=0')).status).toBe(400);
    expect((await http().get('/api/v1/blog/posts?tag=a%00b')).status).toBe(400);
    const missing = await http().get('/api/v1/blog/posts/no-such-post');
    expect([missing.status, missing.body.error.code]).toEqual([404, 'NOT_FOUND']);
  });
});

describe('admin blog', () => {
  it('needs an admin on every route: 401 signed out, 403 for a customer', async () => {
    const customer = await register(t.server);
    const id = randomUUID();
    const routes = [['get', '/api/v1/admin/blog/posts'], ['get', `/api/v1/admin/blog/posts/${id}`], ['post', '/api/v1/admin/blog/posts'], ['patch', `/api/v1/admin/blog/posts/${id}`], ['delete', `/api/v1/admin/blog/posts/${id}`], ['put', `/api/v1/admin/blog/posts/${id}/cover`], ['delete', `/api/v1/admin/blog/posts/${id}/cover`], ['post', '/api/v1/admin/blog/preview']] as const;
    for (const [method, route] of routes) {
      expect([route, (await http()[method](route).send({})).status]).toEqual([route, 401]);
      const res = await http()[method](route).set(bearer(customer.access_token)).send({});
      expect([route, res.status, res.body.error.code]).toEqual([route, 403, 'FORBIDDEN']);
    }
  });

  it('writes a draft (hidden from the public), publishes it, links products as cards, edits and deletes it', async () => {
    const [keyboard, cable] = await Promise.all([newProduct(t, admin, { name: 'Blog Keyboard' }), newProduct(t, admin, { name: 'Blog Cable' })]);
    const title = unique('Desk Notes');
    const created = await create({ title, body_markdown: '## Why\n\nBecause **cables** matter.', tags: ['Workspace', 'Cables'], product_ids: [cable.id, keyboard.id] });
    expect(created.status).toBe(201);
    const post = created.body.data as AdminBlogPostDto;
    expect(post).toMatchObject({ title, status: 'draft', tags: ['workspace', 'cables'], product_ids: [cable.id, keyboard.id], excerpt: 'Why Because cables matter.', published_at: null, author: { name: expect.any(String) } });
    expect(post.body_html).toBe('<h2>Why</h2>\n<p>Because <strong>cables</strong> matter.</p>');

    expect((await http().get(`/api/v1/blog/posts/${post.slug}`)).status).toBe(404);
    expect(((await http().get('/api/v1/blog/posts?per_page=100')).body.data as { id: string }[]).map((p) => p.id)).not.toContain(post.id);
    const adminList = await http().get('/api/v1/admin/blog/posts?status=draft').set(bearer(admin));
    expect((adminList.body.data as AdminBlogPostDto[]).map((p) => p.id)).toContain(post.id);

    const published = await update(post.id, { status: 'published' });
    expect([published.status, published.body.data.status]).toEqual([200, 'published']);
    expect(published.body.data.published_at).not.toBeNull();
    const shown = (await http().get(`/api/v1/blog/posts/${post.slug}`)).body.data as BlogPostDto;
    expect(shown.products.map((p) => p.name)).toEqual(['Blog Cable', 'Blog Keyboard']);
    expect(shown.products[0]).toMatchObject({ id: cable.id, slug: cable.slug, in_stock: true });
    expect((await http().get('/api/v1/blog/posts')).body.data[0].id).toBe(post.id);

    const edited = await update(post.id, { body_markdown: 'Shorter.', product_ids: [keyboard.id] });
    expect(edited.body.data).toMatchObject({ body_html: '<p>Shorter.</p>', product_ids: [keyboard.id], published_at: published.body.data.published_at });
    expect((await http().get(`/api/v1/admin/blog/posts/${post.id}`).set(bearer(admin))).body.data.body_markdown).toBe('Shorter.');

    expect((await http().delete(`/api/v1/admin/blog/posts/${post.id}`).set(bearer(admin))).status).toBe(204);
    expect((await http().get(`/api/v1/blog/posts/${post.slug}`)).status).toBe(404);
    expect((await http().get(`/api/v1/admin/blog/posts/${post.id}`).set(bearer(admin))).status).toBe(404);
    expect((await http().delete(`/api/v1/admin/blog/posts/${post.id}`).set(bearer(admin))).status).toBe(404);
  });

  it('sanitises what the Markdown holds: no script, no event handlers, no javascript: URLs', async () => {
    const markdown = [
      '<script>alert("x")</script>',
      '<img src="https://example.com/a.png" onerror="alert(1)" alt="a">',
      '<a href="javascript:alert(1)" onclick="steal()">raw link</a>',
      '[md link](javascript:alert(1))',
      '<iframe src="https://evil.example"></iframe>',
      'Safe **text**.',
    ].join('\n\n');
    const res = await create({ title: unique('Attack'), body_markdown: markdown, status: 'published' });
    expect(res.status).toBe(201);
    const html = (await http().get(`/api/v1/blog/posts/${res.body.data.slug}`)).body.data.body_html as string;
    expect(html).toContain('<strong>text</strong>');
    expect(html).toContain('<img src="https://example.com/a.png" alt="a" />');
    expect(html).not.toMatch(/<script|<iframe/i);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/href="\s*javascript:/i);
    const preview = await http().post('/api/v1/admin/blog/preview').set(bearer(admin)).send({ body_markdown: markdown });
    expect(preview.status).toBe(200);
    expect(preview.body.data.body_html).toBe(html);
  });

  it('validates posts (400 naming fields), refuses unknown products (400) and a taken slug (409)', async () => {
    const cases: [object, string][] = [
      [{ body_markdown: 'b' }, 'title'],
      [{ title: 't', body_markdown: '  ' }, 'body_markdown'],
      [{ title: 't', body_markdown: 'b', status: 'live' }, 'status'],
      [{ title: 't', body_markdown: 'b', product_ids: ['x'] }, 'product_ids.0'],
      [{ title: 't', body_markdown: 'b', tags: Array.from({ length: 11 }, (_, i) => `t${i}`) }, 'tags'],
      [{ title: 't', body_markdown: 'b', slug: 'Not A Slug' }, 'slug'],
      [{ title: 'a\u0000b', body_markdown: 'b' }, 'title'],
      [{ title: 't', body_markdown: 'b', author: 'me' }, 'author'],
    ];
    for (const [body, field] of cases) {
      const res = await create(body);
      expect([res.status, res.body.error?.code, JSON.stringify(body)]).toEqual([400, 'VALIDATION_ERROR', JSON.stringify(body)]);
      expect(Object.keys(res.body.error.details)).toContain(field);
    }
    const unknown = await create({ title: unique('Ghost'), body_markdown: 'b', product_ids: [randomUUID()] });
    expect([unknown.status, Object.keys(unknown.body.error.details)]).toEqual([400, ['product_ids']]);

    const first = await create({ title: 'Same Slug Post', slug: 'same-slug-post', body_markdown: 'b' });
    expect(first.status).toBe(201);
    const second = await create({ title: 'Another', slug: 'same-slug-post', body_markdown: 'b' });
    expect([second.status, second.body.error.code, Object.keys(second.body.error.details)]).toEqual([409, 'CONFLICT', ['slug']]);
    const other = await create({ title: unique('Other'), body_markdown: 'b' });
    expect((await update(other.body.data.id, { slug: 'same-slug-post' })).status).toBe(409);
    expect((await update(other.body.data.id, {})).status).toBe(400);
    expect((await update(randomUUID(), { title: 'x' })).status).toBe(404);
    expect((await update('not-a-uuid', { title: 'x' })).status).toBe(404);
  });

  it('sets, replaces and removes a cover image through the file storage', async () => {
    const post = (await create({ title: unique('Covered'), body_markdown: 'b', status: 'published' })).body.data as AdminBlogPostDto;
    const upload = (alt: string, bytes: Buffer = JPEG) =>
      http().put(`/api/v1/admin/blog/posts/${post.id}/cover`).set(bearer(admin)).field('alt', alt).attach('file', bytes, 'cover.jpg');
    const first = await upload('A keyboard from above');
    expect(first.status).toBe(200);
    const cover = first.body.data.cover_image as { url: string; alt: string };
    expect(cover).toMatchObject({ alt: 'A keyboard from above' });
    expect(cover.url).toMatch(new RegExp(`^/media/blog/${post.id}/.+\\.jpg$`));
    const file = await http().get(cover.url);
    expect([file.status, file.headers['content-type']]).toEqual([200, 'image/jpeg']);
    expect((await http().get(`/api/v1/blog/posts/${post.slug}`)).body.data.cover_image).toEqual(cover);

    const second = await upload('Another angle');
    expect(second.body.data.cover_image.url).not.toBe(cover.url);
    expect((await http().get(cover.url)).status).toBe(404); // the replaced file is gone

    const bad = await upload('', Buffer.from('<svg onload=alert(1)>'));
    expect([bad.status, Object.keys(bad.body.error.details).sort()]).toEqual([400, ['alt', 'file']]);
    const notMultipart = await http().put(`/api/v1/admin/blog/posts/${post.id}/cover`).set(bearer(admin)).send({ alt: 'x' });
    expect(notMultipart.status).toBe(400);

    const removed = await http().delete(`/api/v1/admin/blog/posts/${post.id}/cover`).set(bearer(admin));
    expect([removed.status, removed.body.data.cover_image]).toEqual([200, null]);
    expect((await http().get(second.body.data.cover_image.url)).status).toBe(404);
    expect((await http().put(`/api/v1/admin/blog/posts/${randomUUID()}/cover`).set(bearer(admin)).field('alt', 'x').attach('file', JPEG, 'c.jpg')).status).toBe(404);
  });
});

describe('OpenAPI', () => {
  it('documents the community routes with their request bodies', async () => {
    const doc = (await http().get('/api/docs-json')).body as { paths: Record<string, Record<string, { requestBody?: unknown; summary?: string }>> };
    for (const [path, method] of [
      ['/api/v1/products/{product}/reviews', 'post'],
      ['/api/v1/admin/reviews/{id}', 'patch'],
      ['/api/v1/wishlist/items', 'post'],
      ['/api/v1/admin/blog/posts', 'post'],
      ['/api/v1/admin/blog/posts/{id}', 'patch'],
      ['/api/v1/admin/blog/preview', 'post'],
    ]) {
      expect([path, Boolean(doc.paths[path]?.[method]?.requestBody)]).toEqual([path, true]);
    }
    for (const path of ['/api/v1/wishlist', '/api/v1/recommendations', '/api/v1/blog/posts', '/api/v1/blog/posts/{slug}', '/api/v1/admin/reviews', '/api/v1/reviews/{id}/helpful']) {
      expect(doc.paths[path]).toBeDefined();
    }
    expect(doc.paths['/api/v1/products/{product}/also-bought'].get.summary).toMatch(/Customers also bought/);
  });
});
