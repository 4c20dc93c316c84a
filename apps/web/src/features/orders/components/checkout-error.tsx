import type { CartItemDto } from '@devgear/contracts';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Alert } from '@/ui';
import { stockProblemsByLine } from '@/lib/cart-errors';
import type { ApiError } from '@/lib/api-client';
import { fieldMessage, formatWait } from '@/lib/form-errors';
import { FIELD_LABELS } from '../lib/checkout';
import { mayHaveHappened } from '../hooks/use-place-order';

interface CheckoutErrorProps {
  error: ApiError;
  /** The cart's lines, to name the items a 409 OUT_OF_STOCK is about. */
  items: readonly CartItemDto[];
}

function reviewCart(text = 'Review your cart') {
  return (
    <Link to="/cart" data-testid="checkout-error-cart-link">
      {text}
    </Link>
  );
}

/** Why the order was not placed, in words the customer can act on. */
export function CheckoutError({ error, items }: CheckoutErrorProps) {
  let title: string;
  let description: ReactNode;
  let type: 'error' | 'warning' = 'error';

  if (error.code === 'PAYMENT_DECLINED') {
    title = 'Your payment was declined';
    description = (
      <>
        {/* The title already says "declined": the message without its "Payment declined:" lead, and
            one full stop where the provider's reason brought its own ("declined.. Nothing"). */}
        <div>{error.message.replace(/^Payment declined:\s*/i, '').replace(/\.{2,}(?=\s|$)/g, '.')}</div>
        <div>Choose another payment method and place the order again.</div>
      </>
    );
  } else if (error.code === 'OUT_OF_STOCK') {
    title = 'Some items are no longer available in the quantity you chose';
    description = (
      <>
        <ul className="checkout-error__list">
          {stockProblemsByLine(error, items).map(({ name, problem }) => (
            <li key={name}>
              <strong>{name}</strong>: {problem}
            </li>
          ))}
        </ul>
        <div>Nothing was charged. {reviewCart('Update your cart')} and try again.</div>
      </>
    );
  } else if (error.code === 'INVALID_DISCOUNT') {
    title = 'Your discount code cannot be used';
    description = (
      <>
        <div>{error.details.discount_code?.[0] ?? error.message}</div>
        <div>{reviewCart('Remove or change the code in your cart')} and try again.</div>
      </>
    );
  } else if (error.status === 429) {
    type = 'warning';
    title = 'Too many attempts';
    description = `Please wait ${formatWait(error.retryAfterSeconds)} before trying again.`;
  } else if (mayHaveHappened(error)) {
    title = error.status === 0 ? 'We could not reach the store' : 'Something went wrong while placing your order';
    description = (
      <>
        <div>{error.message}</div>
        <div>
          Your order may or may not have gone through. Press Place order again: you will not be charged twice.
        </div>
        {error.status >= 500 && error.requestId && (
          <span className="form-error__reference">Reference: {error.requestId}</span>
        )}
      </>
    );
  } else if (error.details.cart) {
    title = 'Your cart is empty';
    description = <div>Add something to your cart before checking out. {reviewCart('Go to your cart')}</div>;
  } else {
    const problems = Object.entries(error.details);
    title = error.status === 400 ? 'Please check your details' : 'Your order was not placed';
    description = (
      <>
        <div>{error.message}</div>
        {problems.length > 0 && (
          <ul className="checkout-error__list">
            {problems.map(([field, list]) => (
              <li key={field}>{fieldMessage(FIELD_LABELS[field] ?? field, list.join('; '))}</li>
            ))}
          </ul>
        )}
      </>
    );
  }

  return (
    <Alert
      type={type}
      title={title}
      description={description}
      className="checkout-error"
      data-testid="checkout-error"
      data-code={error.code}
    />
  );
}
