import type { OrderDto } from '@devgear/contracts';
import { countryName } from '@/lib/address-form';

/** An order's shipping address as a postal block. */
export function ShippingAddress({ address }: { address: OrderDto['shipping_address'] }) {
  const cityLine = [address.city, address.state, address.postal_code].filter(Boolean).join(', ');
  return (
    <address className="shipping-address" data-testid="shipping-address">
      <strong>{address.name}</strong>
      <span>{address.line1}</span>
      {address.line2 && <span>{address.line2}</span>}
      <span>{cityLine}</span>
      <span>{countryName(address.country) ?? address.country}</span>
      {address.phone && <span data-testid="shipping-address-phone">{address.phone}</span>}
    </address>
  );
}
