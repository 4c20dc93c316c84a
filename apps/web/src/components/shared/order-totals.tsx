import type { MoneyDto } from '@devgear/contracts';
import { formatMoney } from '@/lib/money';

export interface TotalsValues {
  subtotal: MoneyDto;
  /** What the discount takes off (a positive amount) and its code; null without one. */
  discount: { code: string | null; amount: MoneyDto } | null;
  shipping: MoneyDto;
  tax: MoneyDto;
  total: MoneyDto;
}

/** Subtotal, discount, shipping, tax and total, as the cart, the checkout and an order show them. */
export function OrderTotals({ totals, compact = false }: { totals: TotalsValues; compact?: boolean }) {
  const { subtotal, discount, shipping, tax, total } = totals;
  return (
    <dl className={compact ? 'totals totals--compact' : 'totals'} data-testid="totals">
      <div className="totals__row">
        <dt>Subtotal</dt>
        <dd data-testid="totals-subtotal" data-amount={subtotal.amount}>
          {formatMoney(subtotal)}
        </dd>
      </div>
      {discount && discount.amount.amount > 0 && (
        <div className="totals__row totals__row--discount">
          <dt>Discount{discount.code ? ` (${discount.code})` : ''}</dt>
          <dd data-testid="totals-discount" data-amount={-discount.amount.amount}>
            −{formatMoney(discount.amount)}
          </dd>
        </div>
      )}
      <div className="totals__row">
        <dt>Shipping</dt>
        <dd data-testid="totals-shipping" data-amount={shipping.amount}>
          {shipping.amount === 0 ? 'Free' : formatMoney(shipping)}
        </dd>
      </div>
      {(!compact || tax.amount > 0) && (
        <div className="totals__row">
          <dt>Tax</dt>
          <dd data-testid="totals-tax" data-amount={tax.amount}>
            {formatMoney(tax)}
          </dd>
        </div>
      )}
      <div className="totals__row totals__row--total">
        <dt>Total</dt>
        <dd data-testid="totals-total" data-amount={total.amount}>
          {formatMoney(total)}
        </dd>
      </div>
    </dl>
  );
}

/** The cart's totals in the shape OrderTotals shows. */
export function cartTotals(cart: {
  subtotal: MoneyDto;
  discount: { code: string; amount: MoneyDto } | null;
  shipping_total: MoneyDto;
  tax_total: MoneyDto;
  total: MoneyDto;
}): TotalsValues {
  return { subtotal: cart.subtotal, discount: cart.discount, shipping: cart.shipping_total, tax: cart.tax_total, total: cart.total };
}
