import { randomUUID } from 'node:crypto';
import { Money, Product } from '@devgear/domain';
import { migrateDatabase } from '../src/platform/database/migrate';
import { PrismaService } from '../src/platform/database/prisma.service';
import { PrismaProductRepository } from '../src/modules/catalog/persistence/prisma-product.repository';
import { PrismaCatalogReadModel } from '../src/modules/catalog/persistence/prisma-catalog.read-model';
import { PrismaCategoryRepository } from '../src/modules/catalog/persistence/prisma-category.repository';
import { createTestDatabase, TestDatabase } from './support/test-database';

let db: TestDatabase;
let prisma: PrismaService;
let products: PrismaProductRepository;
let read: PrismaCatalogReadModel;
let categoryId: string;
const now = new Date('2026-11-01T10:00:00Z');

function makeProduct(overrides: Partial<{ name: string; brand: string; description: string; sku: string; available: number }> = {}) {
  const sku = overrides.sku ?? `SKU-${randomUUID().slice(0, 8).toUpperCase()}`;
  return Product.create(
    {
      id: randomUUID(),
      name: overrides.name ?? 'Orbit 65 Mechanical Keyboard',
      description: overrides.description ?? 'Hot-swappable sockets and a gasket mount for quiet typing.',
      brand: overrides.brand ?? 'Keyforge',
      categoryId,
      specifications: [{ key: 'Layout', value: '65%', unit: null }],
      variants: [
        { id: randomUUID(), sku: `${sku}-B`, name: 'Brown', options: { switch: 'brown' }, price: Money.of(12999, 'USD'), available: overrides.available ?? 3 },
        { id: randomUUID(), sku: `${sku}-R`, name: 'Red', options: { switch: 'red' }, price: Money.of(11999, 'USD'), available: 0 },
      ],
      images: [{ id: randomUUID(), url: '/media/x.svg', alt: 'The keyboard', storageKey: 'x.svg' }],
    },
    now,
  );
}

const criteria = { sort: 'newest' as const, page: 1, perPage: 50 };

beforeAll(async () => {
  db = await createTestDatabase('catalog_repo');
  await migrateDatabase(db.url);
  prisma = new PrismaService(db.url, 4);
  products = new PrismaProductRepository(prisma);
  read = new PrismaCatalogReadModel(prisma);
  const categories = new PrismaCategoryRepository(prisma);
  categoryId = (await categories.upsertBySlug({ id: randomUUID(), slug: 'keyboards', name: 'Keyboards', parentId: null })).id;
});
afterAll(async () => {
  await prisma?.$disconnect();
  await db?.drop();
});

describe('PrismaProductRepository', () => {
  it('round-trips the aggregate through PostgreSQL', async () => {
    const product = makeProduct();
    await products.save(product);
    const loaded = await products.findById(product.id);
    expect(loaded?.toSnapshot()).toEqual(product.toSnapshot());
    expect((await products.findBySlug(product.slug))?.id).toBe(product.id);
  });

  it('keeps the listing columns in step with the variants', async () => {
    const product = makeProduct({ name: 'Stock Probe Keyboard' });
    await products.save(product);
    let row = await prisma.product.findUniqueOrThrow({ where: { id: product.id } });
    expect(row).toMatchObject({ minPrice: 11999, inStock: true, currency: 'USD' });

    product.setStock(product.variants[0].id, 0, now);
    await products.save(product);
    row = await prisma.product.findUniqueOrThrow({ where: { id: product.id } });
    expect(row.inStock).toBe(false);
    const [{ filled }] = await prisma.$queryRaw<{ filled: boolean }[]>`SELECT search_vector IS NOT NULL AS filled FROM products WHERE id = ${product.id}::uuid`;
    expect(filled).toBe(true);
  });

  it('reports taken SKUs and slugs, and the database refuses a duplicate SKU', async () => {
    const a = makeProduct({ name: 'Sku Owner', sku: 'DUPE' });
    await products.save(a);
    expect(await products.skuTaken('DUPE-B')).toBe(a.id);
    expect(await products.skuTaken('DUPE-B', a.id)).toBeNull();
    expect(await products.slugTaken(a.slug)).toBe(true);
    expect(await products.slugTaken(a.slug, a.id)).toBe(false);
    const b = makeProduct({ name: 'Sku Thief', sku: 'DUPE' });
    await expect(products.save(b)).rejects.toThrow();
    expect(await products.findById(b.id)).toBeNull(); // nothing half-written
  });
});

describe('PrismaCatalogReadModel', () => {
  it('finds products by name, brand and description words, ranking name matches first', async () => {
    await products.save(makeProduct({ name: 'Zephyr Trackball', brand: 'Nimbus', description: 'A calm trackball for long sessions.' }));
    await products.save(makeProduct({ name: 'Desk Lamp', brand: 'Lumen', description: 'Pairs well with a zephyr trackball.' }));
    const byName = await read.listProducts({ ...criteria, q: 'zephyr', sort: 'relevance' });
    expect(byName.items.map((p) => p.name)).toEqual(['Zephyr Trackball', 'Desk Lamp']);
    expect((await read.listProducts({ ...criteria, q: 'nimbus' })).items.map((p) => p.name)).toEqual(['Zephyr Trackball']);
  });

  it('hides archived products from listings and detail', async () => {
    const product = makeProduct({ name: 'Vanishing Keyboard' });
    await products.save(product);
    expect((await read.listProducts({ ...criteria, q: 'vanishing' })).total).toBe(1);
    product.archive(now);
    await products.save(product);
    expect((await read.listProducts({ ...criteria, q: 'vanishing' })).total).toBe(0);
    expect(await read.getProduct(product.slug)).toBeNull();
    expect(await read.getProduct(product.id)).toBeNull();
  });

  it('computes facets that ignore their own filter', async () => {
    const result = await read.listProducts({ ...criteria, brand: 'Nimbus' });
    expect(result.items.every((p) => p.brand === 'Nimbus')).toBe(true);
    expect(result.facets.brands.map((b) => b.name)).toEqual(expect.arrayContaining(['Nimbus', 'Lumen', 'Keyforge']));
    expect(result.facets.categories).toEqual([{ slug: 'keyboards', count: result.total }]);
  });
});
