import type { CartDto } from '@devgear/contracts';
import { useRef, useState } from 'react';
import { Alert, Button, Tag, TextField, toast } from '@/ui';
import { FormError } from '@/components/form/form-error';
import type { ApiError } from '@/lib/api-client';
import { fieldMessage, toApiError } from '@/lib/form-errors';
import { formatMoney } from '@/lib/money';
import { useApplyDiscountMutation, useRemoveDiscountMutation } from '../api/cart-api';

/**
 * The cart's discount code: a form to apply one (an unknown, expired or used-up code is
 * refused with 422 INVALID_DISCOUNT, shown on the field), or the applied code with what it
 * takes off and a Remove button. A code that stopped applying (discount_problem) says why.
 * One field: plain React state (react-hook-form's 11 KB would be most of the cart page's weight).
 */
export function DiscountForm({ cart }: { cart: CartDto }) {
  const [applyDiscount] = useApplyDiscountMutation();
  const [removeDiscount, { isLoading: removing }] = useRemoveDiscountMutation();
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const submit = async () => {
    if (submitting) return;
    const typed = code.trim();
    setFormError(null);
    if (typed === '') {
      setProblem('is required');
      input.current?.focus();
      return;
    }
    setProblem(null);
    setSubmitting(true);
    try {
      const next = await applyDiscount({ code: typed }).unwrap();
      toast.success(`Discount code ${next.discount?.code ?? next.discount_problem?.code ?? typed} applied.`);
      setCode('');
    } catch (raw) {
      const error = toApiError(raw);
      if (error.code === 'INVALID_DISCOUNT' || error.details.code) {
        setProblem(error.details.code?.[0] ?? error.message);
        input.current?.focus();
      } else {
        setFormError(error);
      }
    } finally {
      setSubmitting(false);
    }
  };

  const remove = async () => {
    try {
      await removeDiscount().unwrap();
      toast.success('Discount code removed.');
    } catch (raw) {
      toast.error(toApiError(raw).message);
    }
  };

  const current = cart.discount?.code ?? cart.discount_problem?.code;
  if (current) {
    return (
      <div className="discount-applied" data-testid="discount-applied">
        <div className="discount-applied__row">
          <Tag color={cart.discount ? 'green' : 'orange'} className="discount-applied__code" data-testid="discount-code">
            {current}
          </Tag>
          {cart.discount && <span className="discount-applied__amount">−{formatMoney(cart.discount.amount)}</span>}
          <Button variant="link" size="small" onClick={() => void remove()} loading={removing} data-testid="discount-remove">
            Remove
          </Button>
        </div>
        {cart.discount_problem && (
          <Alert type="warning" title={cart.discount_problem.message} data-testid="discount-problem" />
        )}
      </div>
    );
  }

  return (
    <form noValidate onSubmit={(event) => (event.preventDefault(), void submit())} className="discount-form" data-testid="discount-form">
      <FormError error={formError} />
      <TextField
        ref={input}
        name="code"
        label="Discount code"
        placeholder="Enter your code"
        autoComplete="off"
        maxLength={32}
        value={code}
        onChange={(event) => setCode(event.target.value)}
        data-testid="discount-input"
        error={fieldMessage('Discount code', problem ?? undefined)}
        suffix={
          <Button type="submit" loading={submitting} data-testid="discount-apply">
            Apply
          </Button>
        }
      />
    </form>
  );
}
