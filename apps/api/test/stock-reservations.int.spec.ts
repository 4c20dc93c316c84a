import { randomUUID } from 'node:crypto';
import { DomainError, Money, Product } from '@devgear/domain';
import { migrateDatabase } from '../src/platform/database/migrate';
import { PrismaService } from '../src/platform/database/prisma.service';
import { PrismaProductRepository } from '../src/modules/catalog/persistence/prisma-product.repository';
import { PrismaCategoryRepository } from '../src/modules/catalog/persistence/prisma-category.repository';
import { PrismaStockReservations } from '../src/modules/catalog/persistence/prisma-stock-reservations';
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
const inStockOf = async (productId: string) => (await prisma.product.findUniqueOrThrow({ where: { id: productId } })).inStock;

let customerId: string;
/** A pending order row for reservations to belong to. */
async function orderRow(): Promise<string> {
  const id = randomUUID();
  await prisma.order.create({
    data: {
      id, number: `DG-${randomUUID().slice(0, 8).toUpperCase()}`, customerId, status: 'pending', currency: 'USD',
      subtotal: 0, discountTotal: 0, shippingTotal: 0, taxTotal: 0, total: 0,
      shipName: 'A', shipLine1: 'B', shipCity: 'C', shipPostalCode: 'D', shipCountry: 'GB',
      paymentProvider: 'local', paymentMethod: 'pm_card_visa', paymentStatus: 'pending', placedAt: new Date(), updatedAt: new Date(),
    },
  });
  return id;
}
type Line = { variantId: string; quantity: number };
/** A checkout's reservation in its own transaction, for a new order; resolves with the order id. */
async function reserve(lines: Line[]): Promise<string> {
  const orderId = await orderRow();
  await prisma.transaction(() => stock.reserveForOrder(orderId, lines));
  return orderId;
}
const release = (orderId: string) => prisma.transaction(() => stock.releaseForOrder(orderId));

beforeAll(async () => {
  db = await createTestDatabase('stock');
  await migrateDatabase(db.url);
  prisma = new PrismaService(db.url, 20);
  stock = new PrismaStockReservations(prisma);
  products = new PrismaProductRepository(prisma);
  categoryId = (await new PrismaCategoryRepository(prisma).upsertBySlug({ id: randomUUID(), slug: 'probes', name: 'Probes', parentId: null })).id;
  customerId = randomUUID();
  await prisma.user.create({ data: { id: customerId, email: `${customerId}@example.com`, passwordHash: 'x', firstName: 'A', lastName: 'B' } });
});
afterAll(async () => {
  await prisma?.$disconnect();
  await db?.drop();
});

it('never oversells: 40 concurrent buyers of 1 unit, 5 in stock -> exactly 5 reservations, stock 0', async () => {
  const product = await productWithStock(5);
  const variantId = product.variants[0].id;
  const results = await Promise.allSettled(Array.from({ length: 40 }, () => reserve([{ variantId, quantity: 1 }])));
  const ok = results.filter((r) => r.status === 'fulfilled').length;
  const refused = results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason);
  expect(ok).toBe(5);
  expect(refused).toHaveLength(35);
  expect(refused.every((e) => e instanceof DomainError && e.kind === 'out_of_stock' && e.details?.[variantId])).toBe(true);
  expect(await availableOf(variantId)).toBe(0);
  expect(await inStockOf(product.id)).toBe(false);
  expect(await prisma.stockReservation.aggregate({ where: { variantId }, _sum: { quantity: true } })).toEqual({ _sum: { quantity: 5 } });
});

it('reserves all lines or none, naming every short variant', async () => {
  const product = await productWithStock(3, 1);
  const [a, b] = product.variants.map((v) => v.id);
  const error = await reserve([{ variantId: a, quantity: 2 }, { variantId: b, quantity: 2 }]).catch((e) => e);
  expect(error).toBeInstanceOf(DomainError);
  expect(Object.keys((error as DomainError).details ?? {})).toEqual([b]);
  expect((error as DomainError).details?.[b]?.[0]).toMatch(/1/);
  expect(await availableOf(a)).toBe(3); // rolled back
  expect(await prisma.stockReservation.count({ where: { variantId: { in: [a, b] } } })).toBe(0);
  const orderId = await reserve([{ variantId: a, quantity: 1 }, { variantId: a, quantity: 1 }, { variantId: b, quantity: 1 }]);
  expect([await availableOf(a), await availableOf(b)]).toEqual([1, 0]);
  const rows = await prisma.stockReservation.findMany({ where: { orderId }, orderBy: { variantId: 'asc' } });
  expect(rows.map((r) => [r.variantId, r.quantity, r.releasedAt])).toEqual([[a, b].sort()[0], [a, b].sort()[1]].map((v) => [v, v === a ? 2 : 1, null]));
});

it('does not deadlock when checkouts lock the same variants in different orders', async () => {
  const product = await productWithStock(100, 100);
  const [a, b] = product.variants.map((v) => v.id);
  await Promise.all(
    Array.from({ length: 30 }, (_, i) => reserve(i % 2 ? [{ variantId: a, quantity: 1 }, { variantId: b, quantity: 1 }] : [{ variantId: b, quantity: 1 }, { variantId: a, quantity: 1 }])),
  );
  expect([await availableOf(a), await availableOf(b)]).toEqual([70, 70]);
});

it("releases what the order holds and marks the product in stock again; releasing again (even concurrently) gives nothing more back", async () => {
  const product = await productWithStock(1);
  const variantId = product.variants[0].id;
  const orderId = await reserve([{ variantId, quantity: 1 }]);
  expect(await inStockOf(product.id)).toBe(false);
  const releases = await Promise.all([release(orderId), release(orderId), release(orderId)]);
  expect(releases.filter((r) => r.length > 0)).toEqual([[{ variantId, quantity: 1 }]]);
  expect(await release(orderId)).toEqual([]);
  expect(await availableOf(variantId)).toBe(1);
  expect(await inStockOf(product.id)).toBe(true);
  expect((await prisma.stockReservation.findFirstOrThrow({ where: { orderId } })).releasedAt).not.toBeNull();
});

it('keeps in_stock exact when the last units of two variants of one product sell at the same moment', async () => {
  for (let round = 0; round < 5; round += 1) {
    const product = await productWithStock(1, 1);
    const [a, b] = product.variants.map((v) => v.id);
    const [first, second] = await Promise.all([reserve([{ variantId: a, quantity: 1 }]), reserve([{ variantId: b, quantity: 1 }])]);
    expect(await inStockOf(product.id)).toBe(false);
    await Promise.all([release(first), release(second)]);
    expect(await inStockOf(product.id)).toBe(true);
  }
});

it('reserves in a single statement, and rolls back with the transaction it joined', async () => {
  const product = await productWithStock(4);
  const variantId = product.variants[0].id;
  const orderId = await orderRow();
  await expect(
    prisma.transaction(async () => {
      await stock.reserveForOrder(orderId, [{ variantId, quantity: 3 }]);
      throw new Error('the order insert failed');
    }),
  ).rejects.toThrow('the order insert failed');
  expect(await availableOf(variantId)).toBe(4);
  expect(await prisma.stockReservation.count({ where: { orderId } })).toBe(0);
});
