import { CreditCardOutlined, EnvironmentOutlined, LockOutlined, PlusOutlined } from '@ant-design/icons';
import { zodResolver } from '@hookform/resolvers/zod';
import { placeOrderSchema, type AddressDto, type CartDto, type OrderDto, type PlaceOrderRequest } from '@devgear/contracts';
import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import Checkbox from 'antd/es/checkbox';
import Col from 'antd/es/col';
import Form from 'antd/es/form';
import Radio from 'antd/es/radio';
import Row from 'antd/es/row';
import Typography from 'antd/es/typography';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm, type FieldErrors } from 'react-hook-form';
import { useAddAddressMutation } from '@/api/addresses-api';
import { AddressFields } from '@/components/form/address-fields';
import { FormField } from '@/components/form/form-field';
import { cartTotals, OrderTotals } from '@/components/shared/order-totals';
import { countryName } from '@/lib/address-form';
import type { ApiError } from '@/lib/api-client';
import { placeFieldErrors } from '@/lib/form-errors';
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

  // The form holds the new address; with a saved address chosen, that one is validated and sent.
  const resolver = useMemo(() => {
    const schema = zodResolver(placeOrderSchema);
    const withChosenAddress: typeof schema = (values, context, options) => {
      const address = savedRef.current;
      return schema(address ? { ...values, shipping_address: shippingFromSaved(address) } : values, context, options);
    };
    return withChosenAddress;
  }, []);
  const form = useForm({
    resolver,
    defaultValues: { shipping_address: blankAddress(), payment_method: PAYMENT_METHODS[0].value },
  });

  // Any change the customer makes (the form, the address, the cart) is a new checkout attempt.
  useEffect(() => {
    const subscription = form.watch(() => newAttempt());
    return () => subscription.unsubscribe();
  }, [form, newAttempt]);
  useEffect(() => newAttempt(), [choice, cart.updated_at, newAttempt]);

  const onValid = async (values: PlaceOrderRequest) => {
    setError(null);
    setSavedInvalid(false);
    const outcome = await place(checkoutToWire(values));
    if (outcome.ok) {
      if (!saved && saveAddress) {
        // Best effort, after the order: a refused address never stands in the way of the purchase.
        void addAddress({ ...values.shipping_address, is_default_shipping: addresses.length === 0 }).unwrap().catch(() => undefined);
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
  const onInvalid = (errors: FieldErrors<PlaceOrderRequest>) => {
    // A saved address the schema refuses has no fields on screen to show it on.
    setSavedInvalid(Boolean(saved && errors.shipping_address));
  };
  const submit = () => form.handleSubmit(onValid, onInvalid)();

  const blocked = cart.items.some((i) => i.unavailable !== null);
  const items = cart.items.filter((i) => i.unavailable === null);

  return (
    <Form layout="vertical" requiredMark={false} onFinish={submit} data-testid="checkout-form">
      <Row gutter={[24, 24]} align="top">
        <Col xs={24} lg={15}>
          <section className="panel checkout-section" aria-labelledby="checkout-address-title">
            <Typography.Title level={2} id="checkout-address-title" className="panel__title">
              <EnvironmentOutlined /> Shipping address
            </Typography.Title>
            {addresses.length > 0 && (
              <Radio.Group
                value={choice}
                onChange={(e) => {
                  setChoice(e.target.value as string);
                  setSavedInvalid(false);
                  form.clearErrors('shipping_address');
                }}
                className="choice-list"
                aria-labelledby="checkout-address-title"
                data-testid="address-choice"
              >
                {addresses.map((a) => (
                  <Radio key={a.id} value={a.id} className="choice">
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
                  </Radio>
                ))}
                <Radio value={NEW_ADDRESS} className="choice">
                  <span className="choice__body" data-testid="address-option-new">
                    <span className="choice__title">
                      <PlusOutlined /> Use a new address
                    </span>
                  </span>
                </Radio>
              </Radio.Group>
            )}
            {savedInvalid && (
              <Alert
                type="error"
                showIcon
                style={{ marginTop: 12 }}
                title="This saved address is incomplete. Edit it in your address book, or use a new address."
                data-testid="saved-address-invalid"
              />
            )}
            {choice === NEW_ADDRESS && (
              <div className="checkout-new-address" data-testid="new-address-form">
                <AddressFields control={form.control} prefix="shipping_address." autoCompleteSection="shipping" />
                <Checkbox checked={saveAddress} onChange={(e) => setSaveAddress(e.target.checked)} data-testid="save-address">
                  Save this address in my address book
                </Checkbox>
              </div>
            )}
          </section>

          <section className="panel checkout-section" aria-labelledby="checkout-payment-title">
            <Typography.Title level={2} id="checkout-payment-title" className="panel__title">
              <CreditCardOutlined /> Payment
            </Typography.Title>
            <FormField control={form.control} name="payment_method" label="Payment method">
              {(field) => (
                <Radio.Group
                  id={field.id}
                  value={field.value}
                  onChange={(e) => field.onChange(e.target.value)}
                  className="choice-list"
                  data-testid="payment-methods"
                >
                  {PAYMENT_METHODS.map((m) => (
                    <Radio key={m.value} value={m.value} className="choice">
                      <span className="choice__body" data-testid={`payment-option-${m.value}`}>
                        <span className="choice__title">{m.label}</span>
                        <span className="choice__text">{m.hint}</span>
                      </span>
                    </Radio>
                  ))}
                </Radio.Group>
              )}
            </FormField>
            <Typography.Text type="secondary" className="checkout-test-note">
              This is a demo shop: payments use Stripe test cards and no real money is taken.
            </Typography.Text>
          </section>
        </Col>

        <Col xs={24} lg={9}>
          <aside className="panel checkout-summary" aria-labelledby="checkout-summary-title">
            <Typography.Title level={2} id="checkout-summary-title" className="panel__title">
              Order summary
            </Typography.Title>
            <OrderItems items={items} testId="checkout-items" />
            <OrderTotals totals={cartTotals(cart)} />
            {cart.discount_problem && (
              <Alert type="warning" showIcon title={cart.discount_problem.message} style={{ marginBottom: 12 }} data-testid="discount-problem" />
            )}
            {blocked && (
              <Alert
                type="warning"
                showIcon
                title="Some items in your cart can no longer be bought"
                description="Remove them from your cart to place the order."
                style={{ marginBottom: 12 }}
                data-testid="checkout-blocked"
              />
            )}
            {error && <CheckoutError error={error} items={cart.items} />}
            <Button
              type="primary"
              size="large"
              block
              htmlType="submit"
              icon={<LockOutlined />}
              loading={placing}
              disabled={blocked}
              className="checkout-submit"
              data-testid="place-order"
            >
              {placing ? 'Placing your order…' : 'Place order'}
            </Button>
          </aside>
        </Col>
      </Row>
    </Form>
  );
}
