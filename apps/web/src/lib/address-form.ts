import type { AddressDto, AddressRequest } from '@devgear/contracts';
import type { AddressInput } from '@/api/addresses-api';

/** What the address form edits: every text as a string ('' when empty). */
export interface AddressFormValues {
  label: string;
  name: string;
  line1: string;
  line2: string;
  city: string;
  state: string;
  postal_code: string;
  country: string;
  phone: string;
  is_default_shipping: boolean;
}

export function addressFormValues(address?: AddressDto | null, defaults: Partial<AddressFormValues> = {}): AddressFormValues {
  return {
    label: address?.label ?? '',
    name: address?.name ?? '',
    line1: address?.line1 ?? '',
    line2: address?.line2 ?? '',
    city: address?.city ?? '',
    state: address?.state ?? '',
    postal_code: address?.postal_code ?? '',
    country: address?.country ?? '',
    phone: address?.phone ?? '',
    is_default_shipping: address?.is_default_shipping ?? false,
    ...defaults,
  };
}

const blankToNull = (text: string | null | undefined) => {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
};

/**
 * The validated form as the API's fields: optional texts left empty are null (which also
 * clears them when editing), the country in capitals. `is_default_shipping` is sent only to
 * make this address the default: the API refuses to unset a default directly.
 */
export function addressToWire(values: AddressRequest, wasDefault = false): AddressInput {
  const wire: AddressInput = {
    label: blankToNull(values.label),
    name: values.name.trim(),
    line1: values.line1.trim(),
    line2: blankToNull(values.line2),
    city: values.city.trim(),
    state: blankToNull(values.state),
    postal_code: values.postal_code.trim(),
    country: values.country.trim().toUpperCase(),
    phone: blankToNull(values.phone),
  };
  if (values.is_default_shipping && !wasDefault) wire.is_default_shipping = true;
  return wire;
}

let regionNames: Intl.DisplayNames | null | undefined;

/** "United States" for "US"; null when the code is not a known region. */
export function countryName(code: string | null | undefined): string | null {
  const upper = code?.trim().toUpperCase() ?? '';
  if (!/^[A-Z]{2}$/.test(upper)) return null;
  if (regionNames === undefined) {
    try {
      regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    } catch {
      regionNames = null;
    }
  }
  const name = regionNames?.of(upper);
  return name && name !== upper ? name : null;
}
