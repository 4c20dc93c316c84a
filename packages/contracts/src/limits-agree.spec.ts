import { CartLimits, DiscountLimits, IdentityLimits, OrderingLimits, PostalAddressLimits } from '@devgear/domain';
import { addCartItemSchema } from './cart';
import { addressSchema } from './identity';
import { placeOrderSchema } from './orders';

/**
 * The HTTP boundary (zod, here) checks the shape of a request; the domain owns the rules. Where
 * both bound the same field, they must agree: a value the contract lets through that the domain
 * then rejects is the confusing error this spec keeps out (a 151-character name once passed the
 * checkout schema and failed in the aggregate).
 */
const x = (n: number) => 'x'.repeat(n);
const address = { name: 'Ada', line1: '1 Main St', city: 'Berlin', postal_code: '10115', country: 'DE' };
const checkout = (changes: Record<string, unknown>, addressChanges: Record<string, unknown> = {}) =>
  placeOrderSchema.safeParse({ shipping_address: { ...address, ...addressChanges }, payment_method: 'pm_card_visa', ...changes }).success;

it.each([
  ['name', PostalAddressLimits.NAME_MAX],
  ['line1', PostalAddressLimits.LINE_MAX],
  ['line2', PostalAddressLimits.LINE_MAX],
  ['city', PostalAddressLimits.CITY_MAX],
  ['state', PostalAddressLimits.STATE_MAX],
  ['postal_code', PostalAddressLimits.POSTAL_CODE_MAX],
  ['phone', PostalAddressLimits.PHONE_MAX],
])('a shipping address %s is accepted up to the domain limit (%i characters) and not beyond', (field, max) => {
  expect(checkout({}, { [field]: x(max) })).toBe(true);
  expect(checkout({}, { [field]: x(max + 1) })).toBe(false);
});

it.each([
  ['name', IdentityLimits.ADDRESS_NAME_MAX],
  ['line1', IdentityLimits.ADDRESS_LINE_MAX],
  ['city', IdentityLimits.ADDRESS_CITY_MAX],
  ['postal_code', IdentityLimits.POSTAL_CODE_MAX],
  ['label', IdentityLimits.ADDRESS_LABEL_MAX],
  ['phone', IdentityLimits.PHONE_MAX],
])('an address-book %s is accepted up to the domain limit (%i characters) and not beyond', (field, max) => {
  expect(addressSchema.safeParse({ ...address, [field]: x(max) }).success).toBe(true);
  expect(addressSchema.safeParse({ ...address, [field]: x(max + 1) }).success).toBe(false);
});

it('payment_method and discount_code follow the domain limits', () => {
  expect(checkout({ payment_method: x(OrderingLimits.PAYMENT_METHOD_MAX) })).toBe(true);
  expect(checkout({ payment_method: x(OrderingLimits.PAYMENT_METHOD_MAX + 1) })).toBe(false);
  expect(checkout({ discount_code: x(DiscountLimits.CODE_MAX) })).toBe(true);
  expect(checkout({ discount_code: x(DiscountLimits.CODE_MAX + 1) })).toBe(false);
});

it('a cart quantity follows the domain limits', () => {
  const add = (quantity: number) => addCartItemSchema.safeParse({ variant_id: '00000000-0000-4000-8000-000000000000', quantity }).success;
  expect(add(CartLimits.QUANTITY_MIN)).toBe(true);
  expect(add(CartLimits.QUANTITY_MAX)).toBe(true);
  expect(add(CartLimits.QUANTITY_MIN - 1)).toBe(false);
  expect(add(CartLimits.QUANTITY_MAX + 1)).toBe(false);
});
