import type { PriceBreakdown } from '../pricing/pricing.service';
import { isConsistentPriceBreakdown } from '../pricing/pricing.service';
import { Money } from '../shared/money.value-object';
import { ValidationProblems, characterLength, requiredText } from '../shared/validation-problems';
import { OrderLine } from './order-line.entity';
import { OrderNumber } from './order-number.value-object';
import { OrderingErrorCodes, OrderingLimits } from './ordering.errors';
import type { PlaceOrderProps } from './order.types';
import { PostalAddress } from '../shared/postal-address.value-object';
import { ShippingAddress } from './shipping-address.value-object';

/** What a new order is made of, checked. */
export interface OrderPlacement {
  id: string;
  number: OrderNumber;
  customerId: string;
  customerEmail: string | null;
  lines: OrderLine[];
  totals: PriceBreakdown;
  discount: { discountId: string; code: string } | null;
  shippingAddress: ShippingAddress;
  payment: { provider: string; method: string };
}

/**
 * The rules of a new order, every problem reported at once (400 ORDER.INVALID): ids, a valid
 * number, an address, the payment, at least one line and never the same variant twice, totals
 * consistent with the lines (one currency, subtotal = sum of line totals, total = subtotal -
 * discount + shipping + tax), a discount named when money is taken off.
 */
export function parsePlacement(props: PlaceOrderProps): OrderPlacement {
  const problems = new ValidationProblems(OrderingErrorCodes.INVALID_ORDER);
  const p = (props ?? {}) as Partial<PlaceOrderProps>;
  if (typeof p.id !== 'string' || p.id.trim() === '') problems.add('id', 'must be a non-empty id');
  if (typeof p.customerId !== 'string' || p.customerId.trim() === '') problems.add('customerId', 'must be a non-empty id');
  const number = problems.capture('number', () => OrderNumber.create(p.number as string));
  if (!(p.shippingAddress instanceof PostalAddress)) problems.add('shippingAddress', 'must be an address');
  const provider = requiredText(problems, 'payment.provider', p.payment?.provider, OrderingLimits.PROVIDER_MAX);
  const method = requiredText(problems, 'paymentMethod', p.payment?.method, OrderingLimits.PAYMENT_METHOD_MAX);

  const lines: OrderLine[] = [];
  if (!Array.isArray(p.lines) || p.lines.length === 0) {
    problems.add('items', 'must contain at least one item', OrderingErrorCodes.EMPTY_CART);
  } else if (p.lines.length > OrderingLimits.LINES_MAX) {
    problems.add('items', `must contain at most ${OrderingLimits.LINES_MAX} items`);
  } else {
    p.lines.forEach((input, i) => {
      const line = OrderLine.parse(input, problems, `items.${i}`);
      if (line) lines.push(line);
    });
    const variants = new Set(lines.map((l) => l.variantId));
    if (variants.size !== lines.length) problems.add('items', 'must not repeat a variant');
  }

  const totals = p.totals;
  if (!totals || ![totals.subtotal, totals.discount, totals.shipping, totals.tax, totals.total].every((m) => m instanceof Money)) {
    problems.add('totals', 'must be a price breakdown');
  } else if (!isConsistentPriceBreakdown(totals)) {
    problems.add('totals', 'must satisfy total = subtotal - discount + shipping + tax with one currency and no negative part');
  } else if (lines.length === p.lines?.length) {
    if (lines.some((l) => l.unitPrice.currency !== totals.subtotal.currency)) {
      problems.add('totals', `must be in the currency of the items (${totals.subtotal.currency})`);
    } else if (!Money.sum(lines.map((l) => l.lineTotal), totals.subtotal.currency).equals(totals.subtotal)) {
      problems.add('totals.subtotal', 'must equal the sum of the line totals');
    }
  }
  const discount = p.discount ?? null;
  if (discount && (typeof discount.discountId !== 'string' || typeof discount.code !== 'string' || discount.code.trim() === '')) {
    problems.add('discount', 'must name the discount id and code');
  }
  if (!discount && totals?.discount instanceof Money && totals.discount.isPositive()) {
    problems.add('discount', 'must name the discount that takes money off');
  }
  let customerEmail: string | null = null;
  if (p.customerEmail !== undefined && p.customerEmail !== null) {
    if (typeof p.customerEmail !== 'string' || characterLength(p.customerEmail) > 254) problems.add('customerEmail', 'must be an email address');
    else customerEmail = p.customerEmail.trim() || null;
  }
  problems.throwIfAny('Invalid order');
  return {
    id: p.id as string,
    number: number as OrderNumber,
    customerId: p.customerId as string,
    customerEmail,
    lines,
    totals: totals as PriceBreakdown,
    discount: discount ? { discountId: discount.discountId, code: discount.code.trim().toUpperCase() } : null,
    shippingAddress: p.shippingAddress as ShippingAddress,
    payment: { provider: provider as string, method: method as string },
  };
}
