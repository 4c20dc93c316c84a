import {
  DomainError,
  Order,
  OrderingErrorCodes,
  OrderingLimits,
  ShippingAddress,
  ValidationProblems,
  alreadyUsed,
  exhausted,
  outOfStock,
  paymentDeclined,
  unavailableProblem,
  type Discount,
  type PricingService,
  type ShippingAddressInput,
} from '@devgear/domain';
import { variantStates } from '../../cart/cart.support';
import { evaluateDiscountCode, onField, type EvaluatedDiscount } from '../../discount/evaluate-discount';
import type { ErrorReporter } from '../../ports/error-reporter.port';
import type { IdGenerator } from '../../ports/id-generator.port';
import type { IdempotencyClaim, IdempotencyKeyRef, IdempotentResponse } from '../../ports/idempotency-store.port';
import type { OrderNumberGenerator } from '../../ports/order-number-generator.port';
import type { ChargeResult } from '../../ports/payment-gateway.port';
import type { VariantCatalog } from '../../ports/variant-catalog.port';
import { CheckoutRecovery, chargeKeyOf, type CheckoutRecoveryOptions } from '../checkout-recovery';
import { OrderSettlement, type OrderSettlementDeps } from '../order-settlement';
import { PaymentProviderError } from '../ordering.failures';

export interface PlaceOrderInput {
  customerId: string;
  /** For the provider's receipt and the order emails. */
  customerEmail: string | null;
  /** The Idempotency-Key header (required). */
  idempotencyKey: string;
  shippingAddress: ShippingAddressInput;
  /** e.g. 'pm_card_visa'. */
  paymentMethod: string;
  /** Overrides the cart's code when given. */
  discountCode?: string | null;
}

export interface PlaceOrderResult {
  order: Order;
  /** true when this answers a replay of an earlier request with the same key (200 rather than 201). */
  replayed: boolean;
}

export interface PlaceOrderDeps extends OrderSettlementDeps {
  catalog: VariantCatalog;
  orderNumbers: OrderNumberGenerator;
  pricing: PricingService;
  ids: IdGenerator;
  errors: ErrorReporter;
}

export interface PlaceOrderOptions extends CheckoutRecoveryOptions {
  /** How long to wait for the provider's answer before giving up on the charge (default 30 s). */
  paymentTimeoutMs?: number;
  /** How long a replay waits for the first request with its key to finish (default 10 s), polling every `inProgressPollMs` (default 50 ms). */
  inProgressWaitMs?: number;
  inProgressPollMs?: number;
}

export const PLACE_ORDER_OPERATION = 'place_order';
const IDEMPOTENCY_KEY_MAX = 255;
const ORDER_NUMBER_ATTEMPTS = 5;

interface CheckoutRequest {
  key: string;
  shippingAddress: ShippingAddress;
  paymentMethod: string;
  discountCode: string | null;
  fingerprint: string;
}

type Begun = { state: 'placed'; order: Order } | Exclude<IdempotencyClaim, { state: 'new' }>;

/**
 * POST /orders: checks out the caller's cart in two transactions around the charge (CONTRACT.md,
 * "Checkout and orders" and "Atomicity"):
 *
 * 1. One transaction: claim the Idempotency-Key (naming the order about to be created); check the cart (not empty, nothing archived or
 *    removed: 409 OUT_OF_STOCK) and the discount code (422); insert the pending order with its
 *    price snapshots ('order.placed' to the outbox); reserve its stock as reservation rows that
 *    belong to it, all lines or none (409 OUT_OF_STOCK naming the short variants); redeem one use
 *    of the discount against its limits (422 when lost). Any failure rolls all of it back, the key
 *    included (a retry with the same key runs afresh).
 * 2. The charge, outside any transaction, with a timeout; the provider gets an idempotency key
 *    derived from the order, so the same order is never charged twice.
 * 3. One transaction: paid (the bought items out of the cart, the key completed, 'order.paid'), or
 *    payment_failed (stock and discount back; the key completed with the decline, 402, or released
 *    after a provider failure, 503). OrderSettlement decides on the order as it is then, so the
 *    synchronous answer, the webhook, the expiry and the crash-recovery job converge.
 * A replay of a key answers with what its first request produced: the same order (however late),
 * the same 402, or a 409 while it still runs; a key cut off by a crash is settled by
 * CheckoutRecovery (asking the provider) and its replay then gets the real outcome.
 */
export class PlaceOrderUseCase {
  private readonly settlement: OrderSettlement;
  private readonly recovery: CheckoutRecovery;
  private readonly paymentTimeoutMs: number;
  private readonly inProgressWaitMs: number;
  private readonly inProgressPollMs: number;

  constructor(
    private readonly deps: PlaceOrderDeps,
    options: PlaceOrderOptions = {},
  ) {
    this.settlement = new OrderSettlement(deps);
    this.paymentTimeoutMs = options.paymentTimeoutMs ?? 30_000;
    this.recovery = new CheckoutRecovery(deps, { ...options, staleAfterMs: options.staleAfterMs ?? this.paymentTimeoutMs + 15_000 });
    this.inProgressWaitMs = options.inProgressWaitMs ?? 10_000;
    this.inProgressPollMs = options.inProgressPollMs ?? 50;
  }

  async execute(input: PlaceOrderInput): Promise<PlaceOrderResult> {
    if (typeof input?.customerId !== 'string' || input.customerId.trim() === '') {
      throw new DomainError(OrderingErrorCodes.INVALID_ORDER, 'Checking out needs a signed-in customer', 'unauthenticated');
    }
    const request = validate(input);
    const key: IdempotencyKeyRef = { operation: PLACE_ORDER_OPERATION, customerId: input.customerId, key: request.key };

    const begun = await this.begin(input, request, key);
    if (begun.state === 'replay') return this.replay(begun.response);
    if (begun.state === 'conflict') {
      throw new DomainError(
        OrderingErrorCodes.IDEMPOTENCY_KEY_REUSED,
        'This Idempotency-Key was already used with a different request body; use a new key for a new checkout',
        'conflict',
        { idempotency_key: ['was already used with a different request body'] },
      );
    }
    if (begun.state === 'in_progress') {
      throw new DomainError(
        OrderingErrorCodes.REQUEST_IN_PROGRESS,
        'A checkout with this Idempotency-Key is still being processed; retry in a moment',
        'conflict',
        { idempotency_key: ['is in use by a request still being processed'] },
      );
    }
    const crash = this.deps.crash;
    crash?.reach('checkout.after_reserve');
    const order = await this.chargeAndSettle(begun.order, request.paymentMethod, input.customerEmail);
    crash?.reach('checkout.after_settle');
    return { order, replayed: false };
  }

  /**
   * Step 1, or what the key already says. A key still in progress is waited for (polling) while
   * its first request runs; one left by a crash is settled first.
   */
  private async begin(input: PlaceOrderInput, request: CheckoutRequest, key: IdempotencyKeyRef): Promise<Begun> {
    const deadline = Date.now() + this.inProgressWaitMs;
    for (;;) {
      const begun = await this.reserve(input, request, key);
      if (begun.state !== 'in_progress') return begun;
      if (this.recovery.isStale(begun.startedAt)) {
        await this.recovery.settle({ ...key, orderId: begun.orderId, startedAt: begun.startedAt });
        continue;
      }
      if (Date.now() >= deadline) return begun;
      await new Promise((resolve) => setTimeout(resolve, this.inProgressPollMs));
    }
  }

  /** The first transaction (see the class comment), again with another number if the one drawn was taken. */
  private async reserve(input: PlaceOrderInput, request: CheckoutRequest, key: IdempotencyKeyRef): Promise<Begun> {
    for (let round = 1; ; round++) {
      try {
        return await this.deps.uow.run(async () => {
          const orderId = this.deps.ids.next();
          const claim = await this.deps.idempotency.claim({ ...key, fingerprint: request.fingerprint, orderId, now: this.deps.clock.now() });
          if (claim.state !== 'new') return claim;
          const order = await this.placePendingOrder(orderId, input, request);
          this.deps.crash?.reach('checkout.in_reserve');
          return { state: 'placed' as const, order };
        });
      } catch (error) {
        const taken = error instanceof DomainError && error.code === OrderingErrorCodes.DUPLICATE_NUMBER;
        if (!taken || round >= ORDER_NUMBER_ATTEMPTS) throw error;
      }
    }
  }

  private async placePendingOrder(orderId: string, input: PlaceOrderInput, request: CheckoutRequest): Promise<Order> {
    const { deps } = this;
    const now = deps.clock.now();
    const customerId = input.customerId;

    const cart = await deps.carts.findByCustomerId(customerId);
    if (!cart || cart.isEmpty) {
      throw new DomainError(OrderingErrorCodes.EMPTY_CART, 'Your cart is empty: add items before checking out', 'validation', { cart: ['is empty'] });
    }
    cart.refresh(variantStates(await deps.catalog.findVariants(cart.lines.map((l) => l.variantId))), now);
    const unavailable = cart.unavailableLines;
    if (unavailable.length > 0) {
      throw outOfStock(unavailable.map((l) => ({ variantId: l.variantId, available: 0, problem: unavailableProblem(l.unavailable) })));
    }
    const lines = cart.purchasableLines;
    const pricingLines = cart.pricingLines();
    const code = request.discountCode ?? cart.discountCode;
    const applied = code ? await evaluateDiscountCode(deps.discounts, code, customerId, deps.pricing.subtotal(pricingLines), now, 'discountCode') : null;

    const order = Order.place(
      {
        id: orderId,
        number: deps.orderNumbers.next(),
        customerId,
        customerEmail: input.customerEmail,
        lines: lines.map((l) => ({ variantId: l.variantId, productId: l.productId, name: l.name, sku: l.sku, quantity: l.quantity, unitPrice: l.unitPrice })),
        totals: deps.pricing.quote(pricingLines, applied ? { code: applied.discount.code, amount: applied.amount } : null),
        discount: applied ? { discountId: applied.discount.id, code: applied.discount.code } : null,
        shippingAddress: request.shippingAddress,
        payment: { provider: deps.gateway.provider, method: request.paymentMethod },
      },
      now,
    );
    await deps.orders.save(order);
    await deps.stock.reserveForOrder(order.id, order.stockLines());
    if (applied) await this.redeem(applied, customerId, order.id, now);
    return order;
  }

  /** Steps 2 and 3. */
  private async chargeAndSettle(order: Order, paymentMethod: string, customerEmail: string | null): Promise<Order> {
    const { deps } = this;
    let result: ChargeResult;
    try {
      result = await this.charge(order, paymentMethod, customerEmail);
    } catch (error) {
      deps.errors.report(error, { operation: 'ordering.checkout.charge', orderId: order.id, orderNumber: order.number });
      const settled = await this.settle(order, (o) => this.settlement.applyPaymentFailure(o, 'payment_failed', null));
      if (settled.order.paidAt !== null) return settled.order; // the webhook confirmed the charge before we gave up on it
      throw new PaymentProviderError(
        'The payment provider did not respond, so the order was not placed and your cart is unchanged. If your card was charged, the charge is refunded automatically. Please try again.',
        { cause: error },
      );
    }
    deps.crash?.reach('checkout.after_charge');

    if (result.status === 'declined') {
      const settled = await this.settle(order, (o) => this.settlement.applyPaymentFailure(o, 'payment_declined', result.reason));
      if (settled.order.paidAt !== null) return settled.order;
      throw paymentDeclined(result.reason);
    }

    const { order: settled, outcome } = await this.settle(order, (o) => this.settlement.applyPayment(o, result.paymentRef));
    if (outcome === 'late_payment' || outcome === 'late_payment_known') {
      throw new DomainError(
        OrderingErrorCodes.INVALID_TRANSITION,
        `Order ${settled.number} expired before the payment arrived; the payment is being refunded. Please check out again.`,
        'invalid_state',
        { status: [`cannot change from ${settled.status} to paid`] },
      );
    }
    return settled;
  }

  /** Step 3: one transaction on the order as it is now (from the instance step 1 saved, reloaded after a race). */
  private settle<T>(order: Order, decide: (order: Order) => Promise<T>): Promise<T> {
    return this.settlement.change(
      order.id,
      async (current) => {
        const result = await decide(current);
        this.deps.crash?.reach('checkout.in_settle');
        return result;
      },
      order,
    );
  }

  private async redeem(applied: EvaluatedDiscount, customerId: string, orderId: string, now: Date): Promise<void> {
    const { discount } = applied;
    const redeemed = await this.deps.discounts.redeem({
      discountId: discount.id,
      customerId,
      orderId,
      usageLimit: discount.usageLimit,
      perCustomerLimit: discount.perCustomerLimit,
      at: now,
    });
    if (!redeemed) throw onField(await this.redeemRefusal(discount, customerId), 'discountCode');
  }

  /** Which limit a lost redeem ran into. */
  private async redeemRefusal(discount: Discount, customerId: string): Promise<DomainError> {
    if (discount.perCustomerLimit !== null) {
      const mine = await this.deps.discounts.countRedemptions(discount.id, customerId);
      if (mine >= discount.perCustomerLimit) return alreadyUsed(discount.code, discount.perCustomerLimit);
    }
    return exhausted(discount.code);
  }

  private async charge(order: Order, paymentMethod: string, customerEmail: string | null): Promise<ChargeResult> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`The payment provider gave no answer within ${this.paymentTimeoutMs} ms`)), this.paymentTimeoutMs);
    });
    try {
      return await Promise.race([
        this.deps.gateway.charge({
          orderId: order.id,
          orderNumber: order.number,
          amount: order.totals.total,
          paymentMethod,
          idempotencyKey: chargeKeyOf(order.id),
          customerEmail,
        }),
        timeout,
      ]);
    } finally {
      clearTimeout(timer);
    }
  }

  private async replay(response: IdempotentResponse): Promise<PlaceOrderResult> {
    if (response.outcome === 'declined') throw paymentDeclined(typeof response.message === 'string' ? response.message : '');
    if (response.outcome === 'placed' && typeof response.orderId === 'string') {
      const order = await this.deps.orders.findById(response.orderId);
      if (order) return { order, replayed: true };
    }
    throw new Error(`Unreadable idempotency record for ${PLACE_ORDER_OPERATION}: ${JSON.stringify(response)}`);
  }
}

/** Every problem of the request at once (400), and the fingerprint of its normalised body. */
function validate(input: PlaceOrderInput): CheckoutRequest {
  const problems = new ValidationProblems(OrderingErrorCodes.INVALID_ORDER);
  const key = typeof input.idempotencyKey === 'string' ? input.idempotencyKey.trim() : '';
  if (key === '') problems.add('idempotencyKey', 'is required: send an Idempotency-Key header (a UUID)');
  else if (key.length > IDEMPOTENCY_KEY_MAX) problems.add('idempotencyKey', `must be at most ${IDEMPOTENCY_KEY_MAX} characters`);

  const shippingAddress = ShippingAddress.parse(input.shippingAddress, problems, 'shippingAddress');

  const paymentMethod = typeof input.paymentMethod === 'string' ? input.paymentMethod.trim() : '';
  if (paymentMethod === '') problems.add('paymentMethod', 'must not be blank');
  else if (paymentMethod.length > OrderingLimits.PAYMENT_METHOD_MAX) problems.add('paymentMethod', `must be at most ${OrderingLimits.PAYMENT_METHOD_MAX} characters`);

  let discountCode: string | null = null;
  if (input.discountCode !== undefined && input.discountCode !== null) {
    if (typeof input.discountCode !== 'string') problems.add('discountCode', 'must be a string');
    else discountCode = input.discountCode.trim().toUpperCase() || null;
  }
  problems.throwIfAny('Invalid checkout');

  const address = shippingAddress as ShippingAddress;
  // Without a phone the fingerprint is the one recorded before addresses had phones: a replay across that upgrade still matches.
  const { phone, ...postal } = address.toSnapshot();
  const fingerprint = JSON.stringify({ shipping_address: phone === null ? postal : { ...postal, phone }, payment_method: paymentMethod, discount_code: discountCode });
  return { key, shippingAddress: address, paymentMethod, discountCode, fingerprint };
}
