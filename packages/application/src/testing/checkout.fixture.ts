import {
  Discount,
  Order,
  PricingService,
  ShippingAddress,
  type CreateDiscountProps,
  type PricingSettings,
  type Product,
  type ShippingAddressInput,
} from '@devgear/domain';
import { PlaceOrderUseCase } from '../ordering/place-order/place-order.use-case';
import { AddCartItemUseCase } from '../cart/add-cart-item/add-cart-item.use-case';
import { CollectingErrorReporter } from './collecting-error-reporter';
import { FakePaymentGateway } from './fake-payment.gateway';
import { FixedClock } from './fixed-clock';
import { productFixture } from './product.fixture';
import { InMemoryCartRepository } from './in-memory-cart.repository';
import { InMemoryDiscountRepository } from './in-memory-discount.repository';
import { InMemoryIdempotencyStore } from './in-memory-idempotency.store';
import { InMemoryInventory } from './in-memory-inventory';
import { InMemoryOrderRepository } from './in-memory-order.repository';
import { InMemoryProcessedEventStore } from './in-memory-processed-event.store';
import { InMemoryUnitOfWork } from './in-memory-unit-of-work';
import { SimulatedCrashPoints } from './simulated-crash-points';
import { SequentialIdGenerator } from './sequential-id-generator';
import { SequentialOrderNumberGenerator } from './sequential-order-number.generator';

/** Every port the cart, discount and ordering use cases need, as in-memory doubles sharing one clock. */
export interface CheckoutTestKit {
  carts: InMemoryCartRepository;
  orders: InMemoryOrderRepository;
  discounts: InMemoryDiscountRepository;
  /** The variant catalog and the stock are one in-memory inventory. */
  inventory: InMemoryInventory;
  catalog: InMemoryInventory;
  stock: InMemoryInventory;
  gateway: FakePaymentGateway;
  idempotency: InMemoryIdempotencyStore;
  processedEvents: InMemoryProcessedEventStore;
  orderNumbers: SequentialOrderNumberGenerator;
  pricing: PricingService;
  ids: SequentialIdGenerator;
  clock: FixedClock;
  errors: CollectingErrorReporter;
  /** One transaction over every store above: a run that throws leaves them all as before. */
  uow: InMemoryUnitOfWork;
  crash: SimulatedCrashPoints;
}

/** The defaults of CONTRACT.md: USD, 9.99 shipping, free from 100.00, no tax. */
export const DEFAULT_PRICING: PricingSettings = { currency: 'USD', shippingFlatRate: 999, freeShippingThreshold: 10000, taxRateBps: 0 };

export function checkoutTestKit(
  options: { products?: Product[]; discounts?: Discount[]; pricing?: Partial<PricingSettings>; start?: Date | string } = {},
): CheckoutTestKit {
  const inventory = new InMemoryInventory(options.products ?? []);
  const carts = new InMemoryCartRepository();
  const orders = new InMemoryOrderRepository();
  const discounts = new InMemoryDiscountRepository(options.discounts ?? []);
  const idempotency = new InMemoryIdempotencyStore();
  const processedEvents = new InMemoryProcessedEventStore();
  return {
    carts,
    orders,
    discounts,
    inventory,
    catalog: inventory,
    stock: inventory,
    gateway: new FakePaymentGateway(),
    idempotency,
    processedEvents,
    uow: new InMemoryUnitOfWork([carts, orders, discounts, inventory, idempotency, processedEvents]),
    crash: new SimulatedCrashPoints(),
    orderNumbers: new SequentialOrderNumberGenerator(),
    pricing: new PricingService({ ...DEFAULT_PRICING, ...options.pricing }),
    ids: new SequentialIdGenerator(0xc4),
    clock: new FixedClock(options.start ?? '2025-03-01T12:00:00.000Z'),
    errors: new CollectingErrorReporter(),
  };
}

/** A valid shipping address for checkout specs. */
export const SHIPPING_ADDRESS: ShippingAddressInput = {
  name: 'Ada Lovelace',
  line1: '12 St James Square',
  city: 'London',
  postalCode: 'SW1Y 4JH',
  country: 'GB',
};

/** Fills a customer's cart through the real use case: [variantId, quantity] pairs. */
export async function fillCart(kit: CheckoutTestKit, customerId: string, items: Array<[string, number]>): Promise<void> {
  const add = new AddCartItemUseCase(kit);
  for (const [variantId, quantity] of items) await add.execute({ customerId, variantId, quantity });
}

/** A discount for specs: a 10% code 'SAVE10' unless told otherwise, created at the kit's epoch. */
export function discountFixture(overrides: Partial<CreateDiscountProps> = {}): Discount {
  return Discount.create({ id: 'd-save10', code: 'SAVE10', type: 'percentage', value: 10, ...overrides }, new Date('2025-01-01T00:00:00.000Z'));
}

/** The variants of cartProductsFixture(). */
export const CART_FIXTURE_VARIANTS = { keyboard: 'p-kb-v1', mouse: 'p-mouse-v1' } as const;

/** Two products for cart specs: a keyboard (8999, 5 in stock) and a mouse (9999, 2 in stock). */
export function cartProductsFixture(): Product[] {
  return [
    productFixture({ id: 'p-kb', name: 'Keychron K2', categoryId: 'c', variants: [{ sku: 'K2-BROWN', price: 8999, available: 5 }] }),
    productFixture({ id: 'p-mouse', name: 'MX Master 3S', categoryId: 'c', variants: [{ sku: 'MX-3S', price: 9999, available: 2 }] }),
  ];
}

/** Fills the cart and checks it out through the real use case (paid with 'pm_card_visa' unless told otherwise). */
export async function placeOrderFixture(
  kit: CheckoutTestKit,
  customerId: string,
  items: Array<[string, number]>,
  options: { paymentMethod?: string; discountCode?: string; key?: string } = {},
): Promise<Order> {
  await fillCart(kit, customerId, items);
  const { order } = await new PlaceOrderUseCase(kit).execute({
    customerId,
    customerEmail: `${customerId}@example.com`,
    idempotencyKey: options.key ?? kit.ids.next(),
    shippingAddress: SHIPPING_ADDRESS,
    paymentMethod: options.paymentMethod ?? 'pm_card_visa',
    discountCode: options.discountCode,
  });
  return order;
}

/**
 * A pending order as checkout leaves it just before the charge: stock reserved, the discount
 * redeemed, the order saved (its events pulled into the outbox), but no Idempotency-Key. For specs
 * of what happens next.
 */
export async function pendingOrderFixture(
  kit: CheckoutTestKit,
  customerId: string,
  items: Array<[string, number]>,
  options: { discount?: Discount } = {},
): Promise<Order> {
  const variants = await kit.catalog.findVariants(items.map(([variantId]) => variantId));
  const lines = items.map(([variantId, quantity]) => {
    const v = variants.find((x) => x.variantId === variantId);
    if (!v) throw new Error(`No variant ${variantId} in the kit`);
    return { variantId, productId: v.productId, name: v.productName, sku: v.sku, quantity, unitPrice: v.price };
  });
  const subtotal = kit.pricing.subtotal(lines);
  const discount = options.discount;
  const amount = discount ? discount.evaluate(subtotal, kit.clock.now(), 0) : null;
  const id = kit.ids.next();
  await kit.stock.reserveForOrder(id, lines.map((l) => ({ variantId: l.variantId, quantity: l.quantity })));
  if (discount) {
    const redeemed = await kit.discounts.redeem({ discountId: discount.id, customerId, orderId: id, usageLimit: discount.usageLimit, perCustomerLimit: discount.perCustomerLimit, at: kit.clock.now() });
    if (!redeemed) throw new Error(`Discount ${discount.code} could not be redeemed`);
  }
  const order = Order.place(
    {
      id,
      number: kit.orderNumbers.next(),
      customerId,
      customerEmail: `${customerId}@example.com`,
      lines,
      totals: kit.pricing.quote(lines, discount && amount ? { code: discount.code, amount } : null),
      discount: discount ? { discountId: discount.id, code: discount.code } : null,
      shippingAddress: ShippingAddress.create(SHIPPING_ADDRESS),
      payment: { provider: kit.gateway.provider, method: 'pm_card_visa' },
    },
    kit.clock.now(),
  );
  await kit.orders.save(order);
  return Order.restore({ ...order.toSnapshot(), version: 1 });
}
