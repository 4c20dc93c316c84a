import { PostalAddress, type PostalAddressInput, type PostalAddressSnapshot } from '../shared/postal-address.value-object';
import type { ValidationProblems } from '../shared/validation-problems';
import { OrderingErrorCodes } from './ordering.errors';

/** What a customer sends as shipping_address. */
export type ShippingAddressInput = PostalAddressInput;
export type ShippingAddressSnapshot = PostalAddressSnapshot;

/**
 * Where an order goes: a PostalAddress copied at checkout, unaffected by later address-book
 * edits; its problems are ORDERING.INVALID_ADDRESS, named under 'shippingAddress'.
 */
export type ShippingAddress = PostalAddress;
export const ShippingAddress = {
  create: (input: ShippingAddressInput, prefix = 'shippingAddress'): ShippingAddress =>
    PostalAddress.create(input, OrderingErrorCodes.INVALID_ADDRESS, 'Invalid shipping address', prefix),
  parse: (input: ShippingAddressInput, problems: ValidationProblems, prefix = 'shippingAddress'): ShippingAddress | undefined => PostalAddress.parse(input, problems, prefix),
  restore: (s: ShippingAddressSnapshot): ShippingAddress => PostalAddress.restore(s),
};
