import type { AddressDto, PlaceOrderRequest } from '@devgear/contracts';

/** Stripe's test payment methods, which the API accepts in every mode (CONTRACT.md, Checkout). */
export const PAYMENT_METHODS = [
  { value: 'pm_card_visa', label: 'Visa 4242 (succeeds)', hint: 'A test card that is always accepted.' },
  { value: 'pm_card_chargeDeclined', label: 'Declined card', hint: 'A test card the bank always declines.' },
] as const;

export type PaymentMethod = (typeof PAYMENT_METHODS)[number]['value'];
export type ShippingAddressInput = PlaceOrderRequest['shipping_address'];

/** The address choice meaning "the form below" rather than a saved address. */
export const NEW_ADDRESS = 'new';

export const blankAddress = (): ShippingAddressInput => ({
  name: '',
  line1: '',
  line2: '',
  city: '',
  state: '',
  postal_code: '',
  country: '',
  phone: '',
});

/** A saved address as the order's shipping address (the label stays in the address book). */
export function shippingFromSaved(address: AddressDto): ShippingAddressInput {
  return {
    name: address.name,
    line1: address.line1,
    line2: address.line2,
    city: address.city,
    state: address.state,
    postal_code: address.postal_code,
    country: address.country,
    phone: address.phone,
  };
}

const blankToNull = (text: string | null | undefined) => {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
};

/** The validated form as POST /orders' body. The cart's discount code applies by itself. */
export function checkoutToWire(values: PlaceOrderRequest): PlaceOrderRequest {
  const a = values.shipping_address;
  return {
    shipping_address: {
      name: a.name.trim(),
      line1: a.line1.trim(),
      line2: blankToNull(a.line2),
      city: a.city.trim(),
      state: blankToNull(a.state),
      postal_code: a.postal_code.trim(),
      country: a.country.trim().toUpperCase(),
      phone: blankToNull(a.phone),
    },
    payment_method: values.payment_method.trim(),
  };
}

/** The form's field names as the API names them in a 400's details. */
export const ADDRESS_FIELDS = ['name', 'line1', 'line2', 'city', 'state', 'postal_code', 'country', 'phone'] as const;

export const FIELD_LABELS: Record<string, string> = {
  'shipping_address.name': 'Full name',
  'shipping_address.line1': 'Address line 1',
  'shipping_address.line2': 'Address line 2',
  'shipping_address.city': 'City',
  'shipping_address.state': 'State / region',
  'shipping_address.postal_code': 'Postal code',
  'shipping_address.country': 'Country',
  'shipping_address.phone': 'Phone',
  payment_method: 'Payment method',
  discount_code: 'Discount code',
  cart: 'Cart',
};

/**
 * A fresh Idempotency-Key. crypto.randomUUID exists only in secure contexts (https, localhost);
 * elsewhere a version-4 UUID is built from getRandomValues, which every browser has.
 */
export function newIdempotencyKey(): string {
  const c = globalThis.crypto as Crypto | undefined;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  const bytes = new Uint8Array(16);
  if (typeof c?.getRandomValues === 'function') c.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
