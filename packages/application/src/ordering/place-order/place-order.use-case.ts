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
  type CartLine,
  type Discount,
  type PriceBreakdown,
  type PricingService,
  type ShippingAddressInput,
} from '@devgear/domain';
import { variantStates } from '../../cart/cart.support';
import { evaluateDiscountCode, onField, type EvaluatedDiscount } from '../../discount/evaluate-discount';
import type { CartRepository } from '../../ports/cart-repository.port';
import type { Clock } from '../../ports/clock.port';
import type { DiscountRepository } from '../../ports/discount-repository.port';
import type { ErrorReporter } from '../../ports/error-reporter.port';
import type { IdGenerator } from '../../ports/id-generator.port';
import type { IdempotencyBegin, IdempotencyRequest, IdempotencyStore, IdempotentResponse } from '../../ports/idempotency-store.port';
import type { OrderNumberGenerator } from '../../ports/order-number-generator.port';
import type { OrderRepository } from '../../ports/order-repository.port';
import type { ChargeResult, PaymentGateway } from '../../ports/payment-gateway.port';
import type { StockLine, StockReservations } from '../../ports/stock-reservations.port';
import type { VariantCatalog } from '../../ports/variant-catalog.port';
import { OrderSettlement } from '../order-settlement';
import { PaymentProviderError, isDomainErrorOfKind } from '../ordering.failures';
import { removePurchasedFromCart } from '../remove-purchased-from-cart';
import { UndoSteps } from '../undo-steps';

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

export interface PlaceOrderDeps {
  carts: CartRepository;
  catalog: VariantCatalog;
  discounts: DiscountRepository;
  stock: StockReservations;
  orders: OrderRepository;
  gateway: PaymentGateway;
  idempotency: IdempotencyStore;
  orderNumbers: OrderNumberGenerator;
  pricing: PricingService;
  ids: IdGenerator;
  clock: Clock;
  errors: ErrorReporter;
}

export interface PlaceOrderOptions {
  /** How long to wait for the provider's answer before giving up on the charge (default 30 s). */
  paymentTimeoutMs?: number;
  /** How long a replay waits for the first request with its key to finish (default 10 s), polling every `inProgressPollMs` (default 50 ms). */
  inProgressWaitMs?: number;
  inProgressPollMs?: number;
}

const OPERATION = 'place_order';
const IDEMPOTENCY_KEY_MAX = 255;
const ORDER_NUMBER_ATTEMPTS = 5;

interface CheckoutRequest {
  key: string;
  shippingAddress: ShippingAddress;
  paymentMethod: string;
  discountCode: string | null;
  fingerprint: string;
}

/** What the attempt got to, for what the idempotency record must say when it fails. */
interface Attempt {
  orderId: string | null;
  /** The provider took the money: a replay must find this order, never charge again. */
  charged: boolean;
}

/**
 * POST /orders: checks out the caller's cart in explicit steps, each with its undo
 * (ARCHITECTURE.md, "Exactly one order per payment"):
 *
 * 0. Idempotency-Key: the same key and body answer with the same order (one charge, ever); the
 *    same key with another body is 409; a replay while the first request runs waits for it.
 * 1. Validate the cart: not empty, no line whose product was archived or variant removed (409
 *    OUT_OF_STOCK naming them), the discount code (body or cart) valid now (422).
 * 2. Reserve the stock, all lines or none (409 OUT_OF_STOCK naming the short variants).  undo: release
 * 3. Redeem one use of the discount, atomically against its limits (422 when lost).     undo: release
 * 4. Create the pending order with price snapshots and the totals.
 * 5. Charge through the provider, outside any transaction, with a timeout.
 *    - declined: cancel the order, release stock and discount, keep the cart, 402 PAYMENT_DECLINED;
 *    - no answer / error: the same undo, then PaymentProviderError (a charge that went through
 *      after all is refunded when its webhook arrives);
 *    - succeeded: mark the order paid (or find it paid by the webhook) and take the bought items
 *      out of the cart.
 * From step 5 on the order's own status decides what is undone (OrderSettlement), so the
 * synchronous answer, the webhook and the expiry job converge whichever comes first.
 */
export class PlaceOrderUseCase {
  private readonly settlement: OrderSettlement;
  private readonly paymentTimeoutMs: number;
  private readonly inProgressWaitMs: number;
  private readonly inProgressPollMs: number;

  constructor(
    private readonly deps: PlaceOrderDeps,
    options: PlaceOrderOptions = {},
  ) {
    this.settlement = new OrderSettlement(deps);
    this.paymentTimeoutMs = options.paymentTimeoutMs ?? 30_000;
    this.inProgressWaitMs = options.inProgressWaitMs ?? 10_000;
    this.inProgressPollMs = options.inProgressPollMs ?? 50;
  }

  async execute(input: PlaceOrderInput): Promise<PlaceOrderResult> {
    if (typeof input?.customerId !== 'string' || input.customerId.trim() === '') {
      throw new DomainError(OrderingErrorCodes.INVALID_ORDER, 'Checking out needs a signed-in customer', 'unauthenticated');
    }
    const request = validate(input);
    const key = { operation: OPERATION, customerId: input.customerId, key: request.key };

    const begin = await this.claimKey({ ...key, fingerprint: request.fingerprint });
    if (begin.state === 'replay') return this.replay(begin.response);
    if (begin.state === 'conflict') {
      throw new DomainError(
        OrderingErrorCodes.IDEMPOTENCY_KEY_REUSED,
        'This Idempotency-Key was already used with a different request body; use a new key for a new checkout',
        'conflict',
        { idempotency_key: ['was already used with a different request body'] },
      );
    }

    const attempt: Attempt = { orderId: null, charged: false };
    try {
      const order = await this.checkout(input, request, attempt);
      await this.deps.idempotency.complete({ ...key, now: this.deps.clock.now() }, { outcome: 'placed', orderId: order.id });
      return { order, replayed: false };
    } catch (error) {
      await this.settleKey(key, error, attempt);
      throw error;
    }
  }

  private async checkout(input: PlaceOrderInput, request: CheckoutRequest, attempt: Attempt): Promise<Order> {
    const { deps } = this;
    const now = deps.clock.now();
    const customerId = input.customerId;

    // 1. The cart, up to date with the catalog.
    const cart = await deps.carts.findByCustomerId(customerId);
    if (!cart || cart.isEmpty) {
      throw new DomainError(OrderingErrorCodes.EMPTY_CART, 'Your cart is empty: add items before checking out', 'validation', {
        cart: ['is empty'],
      });
    }
    cart.refresh(variantStates(await deps.catalog.findVariants(cart.lines.map((l) => l.variantId))), now);
    const unavailable = cart.unavailableLines;
    if (unavailable.length > 0) {
      throw outOfStock(unavailable.map((l) => ({ variantId: l.variantId, available: 0, problem: unavailableProblem(l.unavailable) })));
    }
    const lines = cart.purchasableLines;
    const pricingLines = cart.pricingLines();
    const code = request.discountCode ?? cart.discountCode;
    const applied = code
      ? await evaluateDiscountCode(deps.discounts, code, customerId, deps.pricing.subtotal(pricingLines), now, 'discount_code')
      : null;
    const totals = deps.pricing.quote(pricingLines, applied ? { code: applied.discount.code, amount: applied.amount } : null);
    const stockLines: StockLine[] = lines.map((l) => ({ variantId: l.variantId, quantity: l.quantity }));

    // 2. Stock, all or nothing.
    await deps.stock.reserve(stockLines);
    const undo = new UndoSteps(deps.errors, { customerId });
    undo.add('release_stock', () => deps.stock.release(stockLines));

    let order: Order;
    try {
      const orderId = deps.ids.next();
      // 3. One use of the discount, atomically against its limits.
      if (applied) {
        await this.redeem(applied, customerId, orderId, now);
        undo.add('release_discount', () => deps.discounts.release(applied.discount.id, orderId));
      }
      // 4. The pending order.
      order = await this.createOrder(orderId, input, request, lines, totals, applied, now);
    } catch (error) {
      await undo.run(error);
      throw error;
    }
    attempt.orderId = order.id;

    // 5. The charge. From here the order's status decides what is undone.
    let result: ChargeResult;
    try {
      result = await this.charge(order, request.paymentMethod, input.customerEmail);
    } catch (error) {
      deps.errors.report(error, { operation: 'ordering.checkout.charge', orderId: order.id, orderNumber: order.number });
      const settled = await this.settlement.cancelUnpaid(order.id, 'payment_failed');
      if (settled.order.paidAt !== null) {
        attempt.charged = true; // the webhook confirmed the charge before we gave up on it
        return settled.order;
      }
      throw new PaymentProviderError(
        'The payment provider did not respond, so the order was cancelled and your cart kept. If your card was charged, the charge is refunded automatically. Please try again.',
        { cause: error },
      );
    }

    if (result.status === 'declined') {
      const settled = await this.settlement.cancelUnpaid(order.id, 'payment_declined');
      if (settled.order.paidAt !== null) {
        attempt.charged = true;
        return settled.order;
      }
      throw paymentDeclined(result.reason);
    }

    attempt.charged = true;
    const { order: settled, outcome } = await this.settlement.confirmPayment(order.id, result.paymentRef);
    if (outcome === 'refunded_late' || outcome === 'already_refunded') {
      attempt.charged = false; // the money went back: a retry is a new checkout
      throw new DomainError(
        OrderingErrorCodes.INVALID_TRANSITION,
        `Order ${settled.number} expired before the payment arrived; the payment was refunded. Please check out again.`,
        'invalid_state',
        { status: ['cannot change from cancelled to paid'] },
      );
    }
    // Only the path that marked the order paid empties the cart, so it happens once.
    if (outcome === 'paid') await removePurchasedFromCart(this.deps, settled);
    return settled;
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
    if (!redeemed) throw onField(await this.redeemRefusal(discount, customerId), 'discount_code');
  }

  /** Which limit a lost redeem ran into. */
  private async redeemRefusal(discount: Discount, customerId: string): Promise<DomainError> {
    if (discount.perCustomerLimit !== null) {
      const mine = await this.deps.discounts.countRedemptions(discount.id, customerId);
      if (mine >= discount.perCustomerLimit) return alreadyUsed(discount.code, discount.perCustomerLimit);
    }
    return exhausted(discount.code);
  }

  private async createOrder(
    orderId: string,
    input: PlaceOrderInput,
    request: CheckoutRequest,
    lines: readonly CartLine[],
    totals: PriceBreakdown,
    applied: EvaluatedDiscount | null,
    now: Date,
  ): Promise<Order> {
    for (let round = 1; ; round++) {
      const order = Order.place(
        {
          id: orderId,
          number: this.deps.orderNumbers.next(),
          customerId: input.customerId,
          customerEmail: input.customerEmail,
          lines: lines.map((l) => ({ variantId: l.variantId, productId: l.productId, name: l.name, sku: l.sku, quantity: l.quantity, unitPrice: l.unitPrice })),
          totals,
          discount: applied ? { discountId: applied.discount.id, code: applied.discount.code } : null,
          shippingAddress: request.shippingAddress,
          payment: { provider: this.deps.gateway.provider, method: request.paymentMethod },
        },
        now,
      );
      try {
        await this.deps.orders.save(order);
        return order;
      } catch (error) {
        const taken = error instanceof DomainError && error.code === OrderingErrorCodes.DUPLICATE_NUMBER;
        if (!taken || round >= ORDER_NUMBER_ATTEMPTS) throw error;
      }
    }
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
          idempotencyKey: `order:${order.id}:charge`,
          customerEmail,
        }),
        timeout,
      ]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Waits (polling) while another request with the same key runs; 409 when it takes too long. */
  private async claimKey(request: Omit<IdempotencyRequest, 'now'>): Promise<IdempotencyBegin> {
    const polls = Math.ceil(this.inProgressWaitMs / this.inProgressPollMs);
    for (let poll = 0; ; poll++) {
      const begin = await this.deps.idempotency.begin({ ...request, now: this.deps.clock.now() });
      if (begin.state !== 'in_progress') return begin;
      if (poll >= polls) {
        throw new DomainError(
          OrderingErrorCodes.REQUEST_IN_PROGRESS,
          'A checkout with this Idempotency-Key is still being processed; retry in a moment',
          'conflict',
          { idempotency_key: ['is in use by a request still being processed'] },
        );
      }
      await new Promise((resolve) => setTimeout(resolve, this.inProgressPollMs));
    }
  }

  private async replay(response: IdempotentResponse): Promise<PlaceOrderResult> {
    if (response.outcome === 'declined' && typeof response.message === 'string') {
      throw new DomainError(OrderingErrorCodes.PAYMENT_DECLINED, response.message, 'payment_declined');
    }
    if (response.outcome === 'placed' && typeof response.orderId === 'string') {
      const order = await this.deps.orders.findById(response.orderId);
      if (order) return { order, replayed: true };
    }
    throw new Error(`Unreadable idempotency record for ${OPERATION}: ${JSON.stringify(response)}`);
  }

  /**
   * What a replay of the key gets after a failure: the order when money was taken (never charge
   * twice), the same 402 after a decline, and otherwise nothing (the key is free again: nothing
   * happened that the client could not simply retry).
   */
  private async settleKey(key: Omit<IdempotencyRequest, 'fingerprint' | 'now'>, error: unknown, attempt: Attempt): Promise<void> {
    const now = this.deps.clock.now();
    try {
      if (attempt.charged && attempt.orderId) {
        await this.deps.idempotency.complete({ ...key, now }, { outcome: 'placed', orderId: attempt.orderId });
      } else if (attempt.orderId && isDomainErrorOfKind(error, 'payment_declined')) {
        await this.deps.idempotency.complete({ ...key, now }, { outcome: 'declined', orderId: attempt.orderId, message: error.message });
      } else {
        await this.deps.idempotency.fail(key);
      }
    } catch (storeError) {
      this.deps.errors.report(storeError, { operation: 'ordering.checkout.idempotency', key: key.key, customerId: key.customerId });
    }
  }
}

/** Every problem of the request at once (400), and the fingerprint of its normalised body. */
function validate(input: PlaceOrderInput): CheckoutRequest {
  const problems = new ValidationProblems(OrderingErrorCodes.INVALID_ORDER);
  const key = typeof input.idempotencyKey === 'string' ? input.idempotencyKey.trim() : '';
  if (key === '') problems.add('idempotency_key', 'is required: send an Idempotency-Key header (a UUID)');
  else if (key.length > IDEMPOTENCY_KEY_MAX) problems.add('idempotency_key', `must be at most ${IDEMPOTENCY_KEY_MAX} characters`);

  const shippingAddress = ShippingAddress.parse(input.shippingAddress, problems, 'shipping_address');

  const paymentMethod = typeof input.paymentMethod === 'string' ? input.paymentMethod.trim() : '';
  if (paymentMethod === '') problems.add('payment_method', 'must not be blank');
  else if (paymentMethod.length > OrderingLimits.PAYMENT_METHOD_MAX) problems.add('payment_method', `must be at most ${OrderingLimits.PAYMENT_METHOD_MAX} characters`);

  let discountCode: string | null = null;
  if (input.discountCode !== undefined && input.discountCode !== null) {
    if (typeof input.discountCode !== 'string') problems.add('discount_code', 'must be a string');
    else discountCode = input.discountCode.trim().toUpperCase() || null;
  }
  problems.throwIfAny('Invalid checkout');

  const address = shippingAddress as ShippingAddress;
  const fingerprint = JSON.stringify({ shipping_address: address.toSnapshot(), payment_method: paymentMethod, discount_code: discountCode });
  return { key, shippingAddress: address, paymentMethod, discountCode, fingerprint };
}
