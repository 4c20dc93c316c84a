import { randomUUID } from 'node:crypto';
import {
  Cart,
  DomainError,
  Discount,
  Money,
  Order,
  OrderNumber,
  Product,
  ShippingAddress,
  type CreateDiscountProps,
} from '@devgear/domain';
import type { IdempotencyClaimRequest } from '@devgear/application';
import { migrateDatabase } from '../src/platform/database/migrate';
import { PrismaService } from '../src/platform/database/prisma.service';
import { PrismaCategoryRepository } from '../src/modules/catalog/persistence/prisma-category.repository';
import { PrismaProductRepository } from '../src/modules/catalog/persistence/prisma-product.repository';
import { PrismaCartRepository } from '../src/modules/cart/persistence/prisma-cart.repository';
import { PrismaOrderRepository } from '../src/modules/ordering/persistence/prisma-order.repository';
import { PrismaDiscountRepository } from '../src/modules/discount/persistence/prisma-discount.repository';
import { PrismaIdempotencyStore } from '../src/modules/ordering/persistence/prisma-idempotency.store';
import { PrismaProcessedEventStore } from '../src/platform/outbox/prisma-processed-event.store';
import { PrismaVariantCatalog } from '../src/modules/catalog/persistence/prisma-variant.catalog';
import { CryptoOrderNumberGenerator } from '../src/modules/ordering/persistence/crypto-order-number.generator';
import { createTestDatabase, TestDatabase } from './support/test-database';

let db: TestDatabase;
let prisma: PrismaService;
let carts: PrismaCartRepository;
let orders: PrismaOrderRepository;
let discounts: PrismaDiscountRepository;
let idempotency: PrismaIdempotencyStore;
let processedEvents: PrismaProcessedEventStore;
let catalog: PrismaVariantCatalog;
let products: PrismaProductRepository;
let categoryId: string;
const numbers = new CryptoOrderNumberGenerator();

const T0 = new Date('2026-11-01T10:00:00.000Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

beforeAll(async () => {
  db = await createTestDatabase('ordering');
  await migrateDatabase(db.url);
  prisma = new PrismaService(db.url, 25);
  carts = new PrismaCartRepository(prisma);
  orders = new PrismaOrderRepository(prisma);
  discounts = new PrismaDiscountRepository(prisma);
  idempotency = new PrismaIdempotencyStore(prisma);
  processedEvents = new PrismaProcessedEventStore(prisma);
  catalog = new PrismaVariantCatalog(prisma);
  products = new PrismaProductRepository(prisma);
  categoryId = (await new PrismaCategoryRepository(prisma).upsertBySlug({ id: randomUUID(), slug: 'keyboards', name: 'Keyboards', parentId: null })).id;
});
afterAll(async () => {
  await prisma?.$disconnect();
  await db?.drop();
});

async function customer(email = `buyer-${randomUUID().slice(0, 8)}@example.com`): Promise<{ id: string; email: string }> {
  const id = randomUUID();
  await prisma.user.create({ data: { id, email, passwordHash: 'x', firstName: 'Ada', lastName: 'Lovelace', role: 'customer' } });
  return { id, email };
}

const item = (n: number, amount = 2500) => ({
  variantId: randomUUID(),
  productId: randomUUID(),
  name: `Keycap set ${n}`,
  sku: `KEY-${n}`,
  unitPrice: Money.of(amount, 'USD'),
});

const address = () =>
  ShippingAddress.create({ name: 'Ada Lovelace', line1: '1 Analytical St', line2: 'Flat 2', city: 'London', state: null, postalCode: 'N1 9GU', country: 'gb' });

function placeOrder(customerId: string, options: { number?: string; email?: string | null; now?: Date; discount?: { discountId: string; code: string } } = {}): Order {
  const lines = [
    { ...item(1, 2500), quantity: 2 },
    { ...item(2, 1999), quantity: 1 },
  ];
  const subtotal = 2 * 2500 + 1999;
  const off = options.discount ? 500 : 0;
  const usd = (amount: number) => Money.of(amount, 'USD');
  return Order.place(
    {
      id: randomUUID(),
      number: options.number ?? numbers.next(),
      customerId,
      customerEmail: options.email === undefined ? 'ada@example.com' : options.email,
      lines,
      totals: { subtotal: usd(subtotal), discount: usd(off), shipping: usd(999), tax: usd(120), total: usd(subtotal - off + 999 + 120) },
      discount: options.discount ?? null,
      shippingAddress: address(),
      payment: { provider: 'local', method: 'pm_card_visa' },
    },
    options.now ?? T0,
  );
}

function newDiscount(props: Partial<CreateDiscountProps> = {}): Discount {
  return Discount.create(
    { id: randomUUID(), code: `SAVE${randomUUID().slice(0, 6)}`, type: 'percentage', value: 10, ...props } as CreateDiscountProps,
    T0,
  );
}

const outboxOf = (aggregateId: string) => prisma.outboxEvent.findMany({ where: { aggregateId }, orderBy: { occurredAt: 'asc' } });

function rejectionsOf(results: PromiseSettledResult<unknown>[]): DomainError[] {
  return results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => r.reason as DomainError);
}

describe('PrismaCartRepository', () => {
  it('stores a new cart with its lines, flags and code, and loads it back as saved (version 1)', async () => {
    const { id: customerId } = await customer();
    const cart = Cart.create({ id: randomUUID(), customerId }, T0);
    const a = item(1, 2500);
    const b = item(2, 1999);
    cart.addItem(randomUUID(), a, 3, 10, T0);
    cart.addItem(randomUUID(), b, 1, 10, at(1));
    cart.refresh(new Map([[a.variantId, { status: 'available', item: a }], [b.variantId, { status: 'archived' }]]), at(2));
    cart.applyDiscountCode('save10', at(3));
    await carts.save(cart);

    const loaded = await carts.findByCustomerId(customerId);
    expect(loaded?.toSnapshot()).toEqual({ ...cart.toSnapshot(), version: 1 });
    expect(loaded?.toSnapshot().lines.map((l) => [l.sku, l.quantity, l.unitPrice.amount, l.unavailable])).toEqual([
      ['KEY-1', 3, 2500, null],
      ['KEY-2', 1, 1999, 'archived'],
    ]);
    expect(loaded?.toSnapshot().discountCode).toBe('SAVE10');
    expect(await carts.findByCustomerId(randomUUID())).toBeNull();
  });

  it('replaces the lines on an update and bumps the version each save', async () => {
    const { id: customerId } = await customer();
    const cart = Cart.create({ id: randomUUID(), customerId }, T0);
    const first = cart.addItem(randomUUID(), item(1), 1, 10, T0);
    cart.addItem(randomUUID(), item(2), 1, 10, T0);
    await carts.save(cart);

    const v1 = (await carts.findByCustomerId(customerId)) as Cart;
    v1.removeLine(first.id, at(1));
    const added = v1.addItem(randomUUID(), item(3, 800), 4, 10, at(1));
    v1.removeDiscount(at(1));
    await carts.save(v1);

    const v2 = (await carts.findByCustomerId(customerId)) as Cart;
    expect(v2.toSnapshot().version).toBe(2);
    expect(v2.toSnapshot().lines.map((l) => l.sku)).toEqual(['KEY-2', 'KEY-3']);
    expect(v2.line(added.id)?.quantity).toBe(4);
    expect(v2.toSnapshot().updatedAt).toEqual(at(1));
    expect(await prisma.cartLine.count({ where: { cartId: cart.id } })).toBe(2);
  });

  it('lets only one of two saves from the same version win: the other is CART.CONCURRENT_UPDATE and changes nothing', async () => {
    const { id: customerId } = await customer();
    await carts.save(Cart.create({ id: randomUUID(), customerId }, T0));
    const [one, two] = [(await carts.findByCustomerId(customerId)) as Cart, (await carts.findByCustomerId(customerId)) as Cart];
    one.addItem(randomUUID(), item(1), 1, 10, at(1));
    two.addItem(randomUUID(), item(2), 5, 10, at(1));

    const results = await Promise.allSettled([carts.save(one), carts.save(two)]);
    const failures = rejectionsOf(results);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toBeInstanceOf(DomainError);
    expect(failures[0]).toMatchObject({ code: 'CART.CONCURRENT_UPDATE', kind: 'conflict' });

    const stored = (await carts.findByCustomerId(customerId))!.toSnapshot();
    expect(stored.version).toBe(2);
    expect(stored.lines).toHaveLength(1); // the winner's lines only, never a mix
    // A stale instance stays stale: saving it again is a conflict too.
    const loser = results[0].status === 'rejected' ? one : two;
    await expect(carts.save(loser)).rejects.toMatchObject({ code: 'CART.CONCURRENT_UPDATE' });
  });

  it('creates one cart per customer: of two concurrent first saves, one is a conflict', async () => {
    const { id: customerId } = await customer();
    const results = await Promise.allSettled([
      carts.save(Cart.create({ id: randomUUID(), customerId }, T0)),
      carts.save(Cart.create({ id: randomUUID(), customerId }, T0)),
    ]);
    expect(rejectionsOf(results).map((e) => e.code)).toEqual(['CART.CONCURRENT_UPDATE']);
    expect(await prisma.cart.count({ where: { customerId } })).toBe(1);
  });
});

describe('PrismaOrderRepository', () => {
  it('round-trips a placed order with its price snapshots, address, discount and history, and writes order.placed to the outbox', async () => {
    const { id: customerId } = await customer();
    const discountId = randomUUID();
    const order = placeOrder(customerId, { discount: { discountId, code: 'SAVE5' } });
    const expected = { ...order.toSnapshot(), version: 1 };
    await orders.save(order);

    const loaded = await orders.findById(order.id);
    expect(loaded?.toSnapshot()).toEqual(expected);
    expect((await orders.findByNumber(` ${order.number.toLowerCase()} `))?.id).toBe(order.id);
    expect(await orders.findById(randomUUID())).toBeNull();
    expect(await orders.findById('not-a-uuid')).toBeNull();
    expect(await orders.findByNumber('DG-ZZZZZZZZ')).toBeNull();

    const row = await prisma.order.findUniqueOrThrow({ where: { id: order.id } });
    expect([row.subtotal, row.discountTotal, row.shippingTotal, row.taxTotal, row.total, row.currency]).toEqual([6999, 500, 999, 120, 7618, 'USD']);

    const outbox = await outboxOf(order.id);
    expect(outbox.map((e) => e.name)).toEqual(['order.placed']);
    expect(outbox[0].payload).toMatchObject({ number: order.number, customerId, total: { amount: 7618, currency: 'USD' }, discountCode: 'SAVE5' });
    expect(outbox[0]).toMatchObject({ attempts: 0, processedAt: null, deadAt: null, occurredAt: T0 });
    // Pulled: saving again would not write them twice.
    expect(order.pullEvents()).toEqual([]);
  });

  it('stores every later change: payment, status history, shipment, and one outbox row per event', async () => {
    const { id: customerId } = await customer();
    const order = placeOrder(customerId);
    await orders.save(order);

    const paid = (await orders.findById(order.id)) as Order;
    paid.markPaid(at(1), 'pi_123');
    await orders.save(paid);
    const packed = (await orders.findById(order.id)) as Order;
    packed.markPacked(at(2));
    packed.markShipped(at(3), { carrier: 'DHL', trackingNumber: 'JD0123' });
    await orders.save(packed);

    const loaded = (await orders.findById(order.id))!.toSnapshot();
    expect(loaded).toMatchObject({
      status: 'shipped',
      version: 3,
      paidAt: at(1),
      payment: { provider: 'local', method: 'pm_card_visa', status: 'paid', intentId: 'pi_123', refundRef: null },
      shipment: { carrier: 'DHL', trackingNumber: 'JD0123' },
      updatedAt: at(3),
      createdAt: T0,
    });
    expect(loaded.statusHistory).toEqual([
      { status: 'pending', at: T0 },
      { status: 'paid', at: at(1) },
      { status: 'packed', at: at(2) },
      { status: 'shipped', at: at(3) },
    ]);
    expect((await outboxOf(order.id)).map((e) => e.name)).toEqual(['order.placed', 'order.paid', 'order.packed', 'order.shipped']);
  });

  it('lets only one of two concurrent decisions win (ORDER.CONCURRENT_UPDATE) and writes only the winner\'s events', async () => {
    const { id: customerId } = await customer();
    const order = placeOrder(customerId);
    await orders.save(order);
    const pay = (await orders.findById(order.id)) as Order;
    const cancel = (await orders.findById(order.id)) as Order;
    pay.markPaid(at(1), 'pi_1');
    cancel.cancel(at(1), 'customer');

    const results = await Promise.allSettled([orders.save(pay), orders.save(cancel)]);
    const failures = rejectionsOf(results);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ code: 'ORDER.CONCURRENT_UPDATE', kind: 'conflict' });

    const stored = (await orders.findById(order.id))!.toSnapshot();
    const winner = results[0].status === 'fulfilled' ? 'paid' : 'cancelled';
    expect(stored.status).toBe(winner);
    expect(stored.version).toBe(2);
    expect(stored.statusHistory.map((h) => h.status)).toEqual(['pending', winner]);
    expect((await outboxOf(order.id)).map((e) => e.name)).toEqual(['order.placed', winner === 'paid' ? 'order.paid' : 'order.cancelled']);
  });

  it('refuses a taken number as ORDER.DUPLICATE_NUMBER, leaving no row and no outbox event behind', async () => {
    const { id: customerId } = await customer();
    const first = placeOrder(customerId);
    await orders.save(first);
    const clash = placeOrder(customerId, { number: first.number });

    await expect(orders.save(clash)).rejects.toMatchObject({ code: 'ORDER.DUPLICATE_NUMBER', kind: 'conflict' });
    expect(await prisma.order.findUnique({ where: { id: clash.id } })).toBeNull();
    expect(await prisma.orderLine.count({ where: { orderId: clash.id } })).toBe(0);
    expect(await outboxOf(clash.id)).toEqual([]);
  });

  it('treats a second insert of the same order id as ORDER.CONCURRENT_UPDATE', async () => {
    const { id: customerId } = await customer();
    const order = placeOrder(customerId);
    const twin = Order.restore({ ...order.toSnapshot(), number: numbers.next() });
    await orders.save(order);
    await expect(orders.save(twin)).rejects.toMatchObject({ code: 'ORDER.CONCURRENT_UPDATE' });
  });

  it('lists newest first with filters by customer, status and search (number or email), paginated', async () => {
    const ada = await customer(`ada-${randomUUID().slice(0, 6)}@lovelace.dev`);
    const bob = await customer();
    const o1 = placeOrder(ada.id, { email: ada.email, now: at(10) });
    const o2 = placeOrder(ada.id, { email: ada.email, now: at(20) });
    const o3 = placeOrder(ada.id, { email: ada.email, now: at(30) });
    const other = placeOrder(bob.id, { email: bob.email, now: at(25) });
    for (const o of [o1, o2, o3, other]) await orders.save(o);
    const paid = (await orders.findById(o2.id)) as Order;
    paid.markPaid(at(40));
    await orders.save(paid);

    const mine = await orders.list({ customerId: ada.id, page: 1, perPage: 2 });
    expect(mine.total).toBe(3);
    expect(mine.items.map((o) => o.id)).toEqual([o3.id, o2.id]);
    expect((await orders.list({ customerId: ada.id, page: 2, perPage: 2 })).items.map((o) => o.id)).toEqual([o1.id]);
    expect(await orders.list({ customerId: 'nobody', page: 1, perPage: 10 })).toEqual({ items: [], total: 0 });

    const paidOnly = await orders.list({ customerId: ada.id, status: 'paid', page: 1, perPage: 10 });
    expect(paidOnly.items.map((o) => o.id)).toEqual([o2.id]);

    const byNumber = await orders.list({ q: o1.number.toLowerCase(), page: 1, perPage: 10 });
    expect(byNumber.items.map((o) => o.id)).toEqual([o1.id]);
    const byEmail = await orders.list({ q: ada.email.slice(0, 10).toUpperCase(), page: 1, perPage: 10 });
    expect(byEmail.items.map((o) => o.id)).toEqual([o3.id, o2.id, o1.id]);
    expect(byEmail.total).toBe(3);
  });

  it('finds pending orders placed before a cutoff, oldest first, at most `limit`', async () => {
    const { id: customerId } = await customer();
    const base = new Date('2020-01-01T00:00:00.000Z').getTime();
    const old = (m: number) => new Date(base + m * 60_000);
    const a = placeOrder(customerId, { now: old(1) });
    const b = placeOrder(customerId, { now: old(2) });
    const c = placeOrder(customerId, { now: old(3) });
    const late = placeOrder(customerId, { now: old(100) });
    for (const o of [c, a, b, late]) await orders.save(o);
    const paidB = (await orders.findById(b.id)) as Order;
    paidB.markPaid(old(5));
    await orders.save(paidB);

    const due = await orders.findPendingPlacedBefore(old(50), 10);
    expect(due.map((o) => o.id)).toEqual([a.id, c.id]);
    expect((await orders.findPendingPlacedBefore(old(50), 1)).map((o) => o.id)).toEqual([a.id]);
  });
});

describe('PrismaDiscountRepository', () => {
  it('round-trips a discount by id and by code (any case), and an admin save never resets times_used', async () => {
    const discount = newDiscount({
      code: 'Fixed-5',
      type: 'fixed',
      value: Money.of(500, 'USD'),
      minSubtotal: Money.of(2000, 'USD'),
      startsAt: at(0),
      endsAt: at(600),
      usageLimit: 10,
      perCustomerLimit: 1,
    });
    await discounts.save(discount);
    expect((await discounts.findById(discount.id))?.toSnapshot()).toEqual(discount.toSnapshot());
    expect((await discounts.findByCode(' fixed-5 '))?.id).toBe(discount.id);
    expect(await discounts.findByCode('NOPE')).toBeNull();

    expect(await discounts.redeem({ discountId: discount.id, customerId: randomUUID(), orderId: randomUUID(), usageLimit: 10, perCustomerLimit: 1, at: T0 })).toBe(true);
    const stale = discount; // loaded before the redemption: timesUsed 0
    stale.update({ active: false }, at(1));
    await discounts.save(stale);
    const stored = (await discounts.findById(discount.id))!.toSnapshot();
    expect(stored).toMatchObject({ active: false, timesUsed: 1, updatedAt: at(1) });
  });

  it('keeps codes unique among live discounts (DISCOUNT.DUPLICATE_CODE); an archived code can be reused', async () => {
    const first = newDiscount({ code: 'WELCOME' });
    await discounts.save(first);
    const clash = newDiscount({ code: 'welcome' });
    const error = await discounts.save(clash).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'DISCOUNT.DUPLICATE_CODE', kind: 'conflict', details: { code: ['is already used by another discount'] } });
    expect(await discounts.findById(clash.id)).toBeNull();

    first.archive(at(1));
    await discounts.save(first);
    expect(await discounts.findByCode('WELCOME')).toBeNull();
    await discounts.save(clash);
    expect((await discounts.findByCode('welcome'))?.id).toBe(clash.id);

    const live = await discounts.list({ q: 'welc', page: 1, perPage: 10 });
    expect(live.items.map((d) => d.id)).toEqual([clash.id]);
    const all = await discounts.list({ q: 'welc', includeArchived: true, page: 1, perPage: 10 });
    expect(all.total).toBe(2);
    expect(all.items.find((d) => d.id === first.id)?.archivedAt).toEqual(at(1));
  });

  it('lists newest first, paginated', async () => {
    const tag = randomUUID().slice(0, 4).toUpperCase();
    const made = [];
    for (let i = 0; i < 3; i++) {
      const d = Discount.create({ id: randomUUID(), code: `LIST${tag}${i}`, type: 'percentage', value: 5 }, at(100 + i));
      await discounts.save(d);
      made.push(d.id);
    }
    const page1 = await discounts.list({ q: `list${tag}`, page: 1, perPage: 2 });
    expect(page1.total).toBe(3);
    expect(page1.items.map((d) => d.id)).toEqual([made[2], made[1]]);
    expect((await discounts.list({ q: `list${tag}`, page: 2, perPage: 2 })).items.map((d) => d.id)).toEqual([made[0]]);
  });

  it('lets exactly 3 of 20 concurrent checkouts redeem a code limited to 3 uses', async () => {
    const discount = newDiscount({ usageLimit: 3 });
    await discounts.save(discount);
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        discounts.redeem({ discountId: discount.id, customerId: randomUUID(), orderId: randomUUID(), usageLimit: 3, perCustomerLimit: null, at: T0 }),
      ),
    );
    expect(results.filter(Boolean)).toHaveLength(3);
    expect((await discounts.findById(discount.id))?.timesUsed).toBe(3);
    expect(await prisma.discountRedemption.count({ where: { discountId: discount.id } })).toBe(3);
  });

  it('holds the per-customer limit under concurrency while other customers still redeem', async () => {
    const discount = newDiscount({ perCustomerLimit: 2 });
    await discounts.save(discount);
    const ada = randomUUID();
    const redeem = (customerId: string) =>
      discounts.redeem({ discountId: discount.id, customerId, orderId: randomUUID(), usageLimit: null, perCustomerLimit: 2, at: T0 });
    const results = await Promise.all(Array.from({ length: 10 }, () => redeem(ada)));
    expect(results.filter(Boolean)).toHaveLength(2);
    expect(await discounts.countRedemptions(discount.id, ada)).toBe(2);
    expect(await redeem(randomUUID())).toBe(true);
    expect((await discounts.findById(discount.id))?.timesUsed).toBe(3);
  });

  it('is idempotent per order: redeeming again for the same order is true without another use, even at the limit', async () => {
    const discount = newDiscount({ usageLimit: 1 });
    await discounts.save(discount);
    const r = { discountId: discount.id, customerId: randomUUID(), orderId: randomUUID(), usageLimit: 1, perCustomerLimit: 1, at: T0 };
    const results = await Promise.all(Array.from({ length: 5 }, () => discounts.redeem(r)));
    expect(results).toEqual([true, true, true, true, true]);
    expect(await discounts.redeem(r)).toBe(true);
    expect((await discounts.findById(discount.id))?.timesUsed).toBe(1);
    expect(await discounts.redeem({ ...r, orderId: randomUUID(), customerId: randomUUID() })).toBe(false);
    expect(await discounts.redeem({ ...r, discountId: randomUUID() })).toBe(false);
  });

  it('gives a use back on release, once however often it is called', async () => {
    const discount = newDiscount({ usageLimit: 1 });
    await discounts.save(discount);
    const customerId = randomUUID();
    const orderId = randomUUID();
    expect(await discounts.redeem({ discountId: discount.id, customerId, orderId, usageLimit: 1, perCustomerLimit: null, at: T0 })).toBe(true);
    await Promise.all([discounts.release(discount.id, orderId), discounts.release(discount.id, orderId)]);
    await discounts.release(discount.id, orderId);
    expect((await discounts.findById(discount.id))?.timesUsed).toBe(0);
    expect(await discounts.countRedemptions(discount.id, customerId)).toBe(0);
    expect(await discounts.redeem({ discountId: discount.id, customerId: randomUUID(), orderId: randomUUID(), usageLimit: 1, perCustomerLimit: null, at: T0 })).toBe(true);
    expect((await discounts.findById(discount.id))?.timesUsed).toBe(1);
  });
});

describe('PrismaIdempotencyStore', () => {
  const request = (customerId: string, overrides: Partial<IdempotencyClaimRequest> = {}): IdempotencyClaimRequest => ({
    operation: 'place_order',
    customerId,
    key: randomUUID(),
    fingerprint: 'body-a',
    orderId: randomUUID(),
    now: T0,
    ...overrides,
  });
  /** An order row for the key to name (keys name orders by id). */
  async function storedOrder(customerId: string): Promise<Order> {
    const order = placeOrder(customerId);
    await orders.save(order);
    return order;
  }

  it('gives exactly one of 10 concurrent identical claims the key; the rest see it in progress', async () => {
    const req = request((await customer()).id);
    const results = await Promise.all(Array.from({ length: 10 }, () => idempotency.claim(req)));
    expect(results.filter((r) => r.state === 'new')).toHaveLength(1);
    expect(results.filter((r) => r.state === 'in_progress')).toEqual(Array(9).fill({ state: 'in_progress', orderId: req.orderId, startedAt: T0 }));
  });

  it('claims inside the caller\'s transaction: a rollback frees the key, a claim waiting on it then gets it', async () => {
    const req = request((await customer()).id);
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const first = prisma
      .transaction(async () => {
        expect(await idempotency.claim(req)).toEqual({ state: 'new' });
        await held;
        throw new Error('the checkout failed');
      })
      .catch((e: Error) => e.message);
    await new Promise((r) => setTimeout(r, 50));
    const second = idempotency.claim({ ...req, fingerprint: 'body-b' }); // waits on the uncommitted key
    release();
    expect(await first).toBe('the checkout failed');
    expect(await second).toEqual({ state: 'new' });
  });

  it('names the order of the request; completing or releasing by order answers replays, refuses another body and scopes keys per customer', async () => {
    const buyer = await customer();
    const order = await storedOrder(buyer.id);
    const req = request(buyer.id, { orderId: order.id });
    expect(await idempotency.claim(req)).toEqual({ state: 'new' });
    expect(await idempotency.claim({ ...req, orderId: randomUUID() })).toEqual({ state: 'in_progress', orderId: order.id, startedAt: T0 });
    expect(await idempotency.claim({ ...req, fingerprint: 'body-b' })).toEqual({ state: 'conflict' });
    await idempotency.completeForOrder(order.id, { outcome: 'placed', orderId: order.id }, at(1));
    expect(await idempotency.claim({ ...req, now: at(2) })).toEqual({ state: 'replay', response: { outcome: 'placed', orderId: order.id } });
    expect(await idempotency.claim({ ...req, customerId: (await customer()).id })).toEqual({ state: 'new' });
    expect(await idempotency.claim({ ...req, operation: 'other' })).toEqual({ state: 'new' });

    const attempt = await storedOrder(buyer.id);
    const other = request(buyer.id, { orderId: attempt.id });
    await idempotency.claim(other);
    await idempotency.releaseForOrder(attempt.id);
    expect(await idempotency.claim({ ...other, fingerprint: 'body-b' })).toEqual({ state: 'new' });
  });

  it('lists the keys still in progress since before a cutoff, oldest first (the crash recovery)', async () => {
    const buyer = await customer();
    const order = await storedOrder(buyer.id);
    const old = request(buyer.id, { now: new Date('2019-01-01T00:00:00Z') });
    const done = request(buyer.id, { now: new Date('2019-01-01T00:00:01Z'), orderId: order.id });
    await idempotency.claim(old);
    await idempotency.claim(done);
    await idempotency.completeForOrder(order.id, { outcome: 'placed', orderId: order.id }, T0);
    const found = await idempotency.findInProgressStartedBefore(new Date('2020-01-01T00:00:00Z'), 100);
    expect(found.filter((k) => k.customerId === buyer.id)).toEqual([{ operation: 'place_order', customerId: buyer.id, key: old.key, orderId: old.orderId, startedAt: old.now }]);
  });

  it('purges old finished keys without an order that counts, and keeps a key that made an order for as long as the order exists', async () => {
    const buyer = await customer();
    const long = new Date('2019-01-01T00:00:00Z');
    const failedOrder = placeOrder(buyer.id);
    failedOrder.failPayment(T0, 'payment_declined');
    await orders.save(failedOrder);
    const paidOrder = await storedOrder(buyer.id);
    const declined = request(buyer.id, { now: long, orderId: failedOrder.id });
    const placed = request(buyer.id, { now: long, orderId: paidOrder.id });
    for (const [req, order] of [[declined, failedOrder], [placed, paidOrder]] as const) {
      await idempotency.claim(req);
      await idempotency.completeForOrder(order.id, { outcome: 'x', orderId: order.id }, long);
    }
    expect(await idempotency.purgeCompletedBefore(new Date('2020-01-01T00:00:00Z'))).toBeGreaterThanOrEqual(1);
    expect(await idempotency.claim({ ...declined, fingerprint: 'body-b' })).toEqual({ state: 'new' });
    expect(await idempotency.claim(placed)).toEqual({ state: 'replay', response: { outcome: 'x', orderId: paidOrder.id } });
  });
});

describe('PrismaProcessedEventStore', () => {
  it('lets exactly one of 10 concurrent deliveries claim an event; a claim rolled back with its work can be taken again', async () => {
    const eventId = `evt_${randomUUID()}`;
    const results = await Promise.all(Array.from({ length: 10 }, () => processedEvents.claim(eventId, T0)));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await processedEvents.claim(eventId, at(1))).toBe(false);
    const other = `evt_${randomUUID()}`;
    await expect(
      prisma.transaction(async () => {
        expect(await processedEvents.claim(other, T0)).toBe(true);
        throw new Error('processing failed');
      }),
    ).rejects.toThrow('processing failed');
    expect(await processedEvents.claim(other, at(2))).toBe(true);
  });
});

describe('PrismaVariantCatalog', () => {
  it('reports current price, stock and archived products; ids without a variant row (removed or unknown) and malformed ids are left out', async () => {
    const product = Product.create(
      {
        id: randomUUID(),
        name: 'Split keyboard',
        description: 'Ergonomic',
        brand: 'Probe',
        categoryId,
        specifications: [],
        variants: [
          { id: randomUUID(), sku: `SPLIT-${randomUUID().slice(0, 6)}-A`, name: 'Brown', options: { switch: 'brown' }, price: Money.of(15900, 'USD'), available: 4 },
          { id: randomUUID(), sku: `SPLIT-${randomUUID().slice(0, 6)}-B`, name: 'Red', options: { switch: 'red' }, price: Money.of(16900, 'USD'), available: 0 },
        ],
      },
      T0,
    );
    await products.save(product);
    const [a, b] = product.variants.map((v) => v.id);

    const found = await catalog.findVariants([b, randomUUID(), 'junk', a]);
    expect(found).toHaveLength(2);
    expect(found.map((v) => v.variantId)).toEqual([b, a]);
    const brown = found[1];
    expect({ ...brown, price: brown.price.toJSON() }).toEqual({
      variantId: a,
      productId: product.id,
      productName: 'Split keyboard',
      variantName: 'Brown',
      sku: product.variants[0].sku.value,
      price: { amount: 15900, currency: 'USD' },
      available: 4,
      productArchived: false,
    });
    expect(found[0].available).toBe(0);

    product.archive(at(1));
    await products.save(product);
    expect((await catalog.findVariants([a])).map((v) => v.productArchived)).toEqual([true]);
    expect(await catalog.findVariants([])).toEqual([]);
  });
});

describe('CryptoOrderNumberGenerator', () => {
  it('makes valid, distinct order numbers', () => {
    const made = Array.from({ length: 500 }, () => numbers.next());
    expect(made.every((n) => OrderNumber.isValid(n) && /^DG-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{8}$/.test(n))).toBe(true);
    expect(new Set(made).size).toBe(500);
  });
});
