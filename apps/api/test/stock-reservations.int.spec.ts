import { randomUUID } from 'node:crypto';
import { DomainError, Money, Product } from '@devgear/domain';
import { migrateDatabase } from '../src/platform/database/migrate';
import { PrismaService } from '../src/platform/database/prisma.service';
import { PrismaProductRepository } from '../src/modules/catalog/persistence/prisma-product.repository';
import { PrismaCategoryRepository } from '../src/modules/catalog/persistence/prisma-category.repository';
import { PrismaStockReservations } from '../src/modules/ordering/persistence/prisma-stock-reservations';
import { createTestDatabase, TestDatabase } from './support/test-database';

let db: TestDatabase;
let prisma: PrismaService;
let stock: PrismaStockReservations;
let products: PrismaProductRepository;
let categoryId: string;

async function productWithStock(...available: number[]) {
  const product = Product.create(
    {
      id: randomUUID(),
      name: `Stock probe ${randomUUID().slice(0, 8)}`,
      description: 'probe',
      brand: 'Probe',
      categoryId,
      specifications: [],
      variants: available.map((a, i) => ({
        id: randomUUID(),
        sku: `PROBE-${randomUUID().slice(0, 8).toUpperCase()}-${i}`,
        name: `V${i}`,
        options: { n: String(i) },
        price: Money.of(1000, 'USD'),
        available: a,
      })),
    },
    new Date(),
  );
  await products.save(product);
  return product;
}
const availableOf = async (variantId: string) => (await prisma.variant.findUniqueOrThrow({ where: { id: variantId } })).available;

beforeAll(async () => {
  db = await createTestDatabase('stock');
  await migrateDatabase(db.url);
  prisma = new PrismaService(db.url, 20);
  stock = new PrismaStockReservations(prisma);
  products = new PrismaProductRepository(prisma);
  categoryId = (await new PrismaCategoryRepository(prisma).upsertBySlug({ id: randomUUID(), slug: 'probes', name: 'Probes', parentId: null })).id;
});
afterAll(async () => {
  await prisma?.$disconnect();
  await db?.drop();
});

it('never oversells: 40 concurrent buyers of 1 unit, 5 in stock -> exactly 5 reservations, stock 0', async () => {
  const product = await productWithStock(5);
  const variantId = product.variants[0].id;
  const results = await Promise.allSettled(Array.from({ length: 40 }, () => stock.reserve([{ variantId, quantity: 1 }])));
  const ok = results.filter((r) => r.status === 'fulfilled').length;
  const refused = results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason);
  expect(ok).toBe(5);
  expect(refused).toHaveLength(35);
  expect(refused.every((e) => e instanceof DomainError && e.kind === 'out_of_stock' && e.details?.[variantId])).toBe(true);
  expect(await availableOf(variantId)).toBe(0);
  expect((await prisma.product.findUniqueOrThrow({ where: { id: product.id } })).inStock).toBe(false);
});

it('reserves all lines or none, naming every short variant', async () => {
  const product = await productWithStock(3, 1);
  const [a, b] = product.variants.map((v) => v.id);
  const error = await stock.reserve([{ variantId: a, quantity: 2 }, { variantId: b, quantity: 2 }]).catch((e) => e);
  expect(error).toBeInstanceOf(DomainError);
  expect(Object.keys((error as DomainError).details ?? {})).toEqual([b]);
  expect((error as DomainError).details?.[b]?.[0]).toMatch(/1/);
  expect(await availableOf(a)).toBe(3); // rolled back
  await stock.reserve([{ variantId: a, quantity: 1 }, { variantId: a, quantity: 1 }, { variantId: b, quantity: 1 }]);
  expect([await availableOf(a), await availableOf(b)]).toEqual([1, 0]);
});

it('does not deadlock when checkouts lock the same variants in different orders', async () => {
  const product = await productWithStock(100, 100);
  const [a, b] = product.variants.map((v) => v.id);
  await Promise.all(
    Array.from({ length: 30 }, (_, i) => stock.reserve(i % 2 ? [{ variantId: a, quantity: 1 }, { variantId: b, quantity: 1 }] : [{ variantId: b, quantity: 1 }, { variantId: a, quantity: 1 }])),
  );
  expect([await availableOf(a), await availableOf(b)]).toEqual([70, 70]);
});

it('releases reserved stock and marks the product in stock again', async () => {
  const product = await productWithStock(1);
  const variantId = product.variants[0].id;
  await stock.reserve([{ variantId, quantity: 1 }]);
  await stock.release([{ variantId, quantity: 1 }]);
  expect(await availableOf(variantId)).toBe(1);
  expect((await prisma.product.findUniqueOrThrow({ where: { id: product.id } })).inStock).toBe(true);
});
