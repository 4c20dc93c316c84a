import type { AddressDto, CartDto, OrderDto } from '@devgear/contracts';
import { useEffect, useRef, useState } from 'react';
import type { FieldErrors, FieldValues, UseFormRegister } from 'react-hook-form';
import { Alert, Button, Checkbox, RadioGroup } from '@/ui';
import { useAddAddressMutation } from '@/api/addresses-api';
import { AddressFields } from '@/components/form/address-fields';
import { cartTotals, OrderTotals } from '@/components/shared/order-totals';
import { countryName } from '@/lib/address-form';
import type { ApiError } from '@/lib/api-client';
import { placeFieldErrors } from '@/lib/form-errors';
import { useLiteForm } from '@/lib/lite-form';
import { usePlaceOrder } from '../hooks/use-place-order';
import {
  ADDRESS_FIELDS,
  blankAddress,
  checkoutToWire,
  NEW_ADDRESS,
  PAYMENT_METHODS,
  shippingFromSaved,
} from '../lib/checkout';
import { CheckoutError } from './checkout-error';
import { OrderItems } from './order-items';

interface CheckoutFormProps {
  cart: CartDto;
  /** The customer's saved addresses (may be empty). */
  addresses: readonly AddressDto[];
  /** The order was placed (and paid). */
  onPlaced: (order: OrderDto) => void;
  /** A 409 OUT_OF_STOCK: the cart should be loaded again to show what changed. */
  onStockChanged?: () => void;
}

const NEW_ADDRESS_FIELDS = ADDRESS_FIELDS.map((f) => `shipping_address.${f}`);

function oneLine(address: AddressDto): string {
  return [address.line1, address.line2, address.city, address.postal_code, countryName(address.country) ?? address.country].filter(Boolean).join(', ');
}

/**
 * The checkout: shipping address (a saved one, or a new one typed here), payment method, and
 * the order summary with Place order. Placing is one request at a time, with one
 * Idempotency-Key per attempt (hooks/use-place-order.ts); the API's refusals are shown on the
 * fields they name or above the button.
 */
export function CheckoutForm({ cart, addresses, onPlaced, onStockChanged }: CheckoutFormProps) {
  const [choice, setChoice] = useState<string>(() => addresses.find((a) => a.is_default_shipping)?.id ?? addresses[0]?.id ?? NEW_ADDRESS);
  const saved = addresses.find((a) => a.id === choice) ?? null;
  const savedRef = useRef(saved);
  savedRef.current = saved;
  const [error, setError] = useState<ApiError | null>(null);
  const [savedInvalid, setSavedInvalid] = useState(false);
  /** A new address goes into the address book once the order is placed (on by default). */
  const [saveAddress, setSaveAddress] = useState(true);
  const [addAddress] = useAddAddressMutation();
  const { place, placing, newAttempt } = usePlaceOrder();

  // The form holds the new address (checked only while it is on screen); with a saved address
  // chosen, that one is sent (the API checks it). Any change the customer makes (the form, the
  // address, the payment method, the cart) is a new checkout attempt.
  const form = useLiteForm({ shipping_address: blankAddress() }, newAttempt);
  const [payment, setPayment] = useState<string>(PAYMENT_METHODS[0].value);
  const usingSaved = () => savedRef.current !== null;
  useEffect(() => newAttempt(), [choice, payment, cart.updated_at, newAttempt]);

  const submit = async () => {
    const values = form.validate();
    if (!values) return;
    setError(null);
    setSavedInvalid(false);
    if (saved && !savedComplete(saved)) {
      // A saved address missing a required part: nothing on screen to show it on.
      setSavedInvalid(true);
      return;
    }
    const wire = checkoutToWire({ shipping_address: saved ? shippingFromSaved(saved) : values.shipping_address, payment_method: payment });
    const outcome = await place(wire);
    if (outcome.ok) {
      if (!saved && saveAddress) {
        // Best effort, after the order: a refused address never stands in the way of the purchase.
        void addAddress({ ...wire.shipping_address, is_default_shipping: addresses.length === 0 }).unwrap().catch(() => undefined);
      }
      onPlaced(outcome.order);
      return;
    }
    // Null: a second press while the first request is on its way.
    if (!outcome.error) return;
    const fields = saved ? ['payment_method'] : [...NEW_ADDRESS_FIELDS, 'payment_method'];
    if (outcome.error.status === 400 && placeFieldErrors(outcome.error, fields, form.setError)) return;
    setError(outcome.error);
    if (outcome.error.code === 'OUT_OF_STOCK') onStockChanged?.();
  };

  const blocked = cart.items.some((i) => i.unavailable !== null);
  const items = cart.items.filter((i) => i.unavailable === null);

  const register = form.register as unknown as UseFormRegister<FieldValues>;
  const errors = form.errors as unknown as FieldErrors<FieldValues>;
  return (
    <form noValidate onSubmit={(event) => (event.preventDefault(), void submit())} data-testid="checkout-form">
      <div className="checkout-layout">
        <div className="checkout-layout__main">
          <section className="panel checkout-section" aria-labelledby="checkout-address-title">
            <h2 id="checkout-address-title" className="panel__title">
              Shipping address
            </h2>
            {addresses.length > 0 && (
              <RadioGroup
                label="Ship to"
                hideLabel
                name="address-choice"
                value={choice}
                onChange={(value) => {
                  setChoice(value);
                  setSavedInvalid(false);
                  form.clearErrors('shipping_address.');
                }}
                className="choice-list"
                data-testid="address-choice"
                options={[
                  ...addresses.map((a) => ({
                    value: a.id,
                    label: (
                      <span className="choice__body" data-testid="address-option" data-address-id={a.id}>
                        <span className="choice__title">
                          {a.label || a.name}
                          {a.is_default_shipping && <span className="choice__badge">Default</span>}
                        </span>
                        <span className="choice__text">
                          {a.label ? `${a.name}, ` : ''}
                          {oneLine(a)}
                        </span>
                      </span>
                    ),
                  })),
                  {
                    value: NEW_ADDRESS,
                    label: (
                      <span className="choice__body" data-testid="address-option-new">
                        <span className="choice__title">+ Use a new address</span>
                      </span>
                    ),
                  },
                ]}
              />
            )}
            {savedInvalid && (
              <Alert
                type="error"
                title="This saved address is incomplete. Edit it in your address book, or use a new address."
                data-testid="saved-address-invalid"
              />
            )}
            {choice === NEW_ADDRESS && (
              <div className="checkout-new-address" data-testid="new-address-form">
                <AddressFields register={register} errors={errors} prefix="shipping_address." autoCompleteSection="shipping" skip={usingSaved} />
                <Checkbox
                  label="Save this address in my address book"
                  checked={saveAddress}
                  onChange={(e) => setSaveAddress(e.target.checked)}
                  data-testid="save-address"
                />
              </div>
            )}
          </section>

          <section className="panel checkout-section" aria-labelledby="checkout-payment-title">
            <h2 id="checkout-payment-title" className="panel__title">
              Payment
            </h2>
            <RadioGroup
              label="Payment method"
              name="payment_method"
              value={payment}
              onChange={setPayment}
              error={form.errors.payment_method ? `Payment method ${form.errors.payment_method.message}` : undefined}
              className="choice-list"
              data-testid="payment-methods"
              options={PAYMENT_METHODS.map((m) => ({
                value: m.value,
                label: (
                  <span className="choice__body" data-testid={`payment-option-${m.value}`}>
                    <span className="choice__title">{m.label}</span>
                    <span className="choice__text">{m.hint}</span>
                  </span>
                ),
              }))}
            />
            <p className="checkout-test-note text-secondary">This is a demo shop: payments use Stripe test cards and no real money is taken.</p>
          </section>
        </div>

        <div className="checkout-layout__side">
          <aside className="panel checkout-summary" aria-labelledby="checkout-summary-title">
            <h2 id="checkout-summary-title" className="panel__title">
              Order summary
            </h2>
            <OrderItems items={items} testId="checkout-items" />
            <OrderTotals totals={cartTotals(cart)} />
            {cart.discount_problem && <Alert type="warning" title={cart.discount_problem.message} data-testid="discount-problem" />}
            {blocked && (
              <Alert
                type="warning"
                title="Some items in your cart can no longer be bought"
                description="Remove them from your cart to place the order."
                data-testid="checkout-blocked"
              />
            )}
            {error && <CheckoutError error={error} items={cart.items} />}
            <Button variant="primary" size="large" block type="submit" loading={placing} disabled={blocked} className="checkout-submit" data-testid="place-order">
              {placing ? 'Placing your order…' : 'Place order'}
            </Button>
          </aside>
        </div>
      </div>
    </form>
  );
}

/** Whether a saved address has every part an order needs. */
function savedComplete(a: AddressDto): boolean {
  return [a.name, a.line1, a.city, a.postal_code, a.country].every((part) => typeof part === 'string' && part.trim() !== '');
}
