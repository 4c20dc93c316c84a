import { DomainError, type Discount } from '@devgear/domain';
import { SHIPPING_ADDRESS, checkoutTestKit, productFixture, type CheckoutTestKit } from '../../testing';
import { PlaceOrderUseCase, type PlaceOrderInput, type PlaceOrderOptions } from './place-order.use-case';

/** What the place-order specs share: a shop with a keyboard and a cable, and request helpers. */
export const KEYBOARD = 'p-kb-v1';
export const CABLE = 'p-cable-v1';

export function setup(options: { keyboards?: number; discounts?: Discount[]; taxRateBps?: number; placeOrder?: PlaceOrderOptions } = {}) {
  const products = [
    productFixture({ id: 'p-kb', name: 'Keychron K2', categoryId: 'c-kb', variants: [{ sku: 'K2-BROWN', price: 8999, available: options.keyboards ?? 5 }] }),
    productFixture({ id: 'p-cable', name: 'USB-C Cable', categoryId: 'c-acc', variants: [{ sku: 'CABLE-1M', price: 1500, available: 100 }] }),
  ];
  const kit = checkoutTestKit({ products, discounts: options.discounts, pricing: { taxRateBps: options.taxRateBps ?? 0 } });
  const placeOrder = new PlaceOrderUseCase(kit, { paymentTimeoutMs: 200, inProgressPollMs: 2, inProgressWaitMs: 3000, ...options.placeOrder });
  return { kit, placeOrder };
}

export function request(customerId: string, key: string, overrides: Partial<PlaceOrderInput> = {}): PlaceOrderInput {
  return {
    customerId,
    customerEmail: `${customerId}@example.com`,
    idempotencyKey: key,
    shippingAddress: SHIPPING_ADDRESS,
    paymentMethod: 'pm_card_visa',
    ...overrides,
  };
}

export async function failure(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => {
      throw new Error('expected the checkout to fail');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

export function pendingOrders(kit: CheckoutTestKit) {
  return kit.orders.all().filter((o) => o.status === 'pending');
}
