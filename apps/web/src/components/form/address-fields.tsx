import { COUNTRIES } from '@devgear/contracts';
import type { FieldErrors, FieldValues, UseFormRegister } from 'react-hook-form';
import { Select, TextField } from '@/ui';
import { errorOf, rules, type Rule } from '@/lib/field-rules';

const COUNTRY_OPTIONS = COUNTRIES.map((c) => ({ value: c.code, label: c.name }));

interface AddressFieldsProps {
  // The fields are named by `prefix` at run time, so the form is taken as plain field values.
  register: UseFormRegister<FieldValues>;
  errors: FieldErrors<FieldValues>;
  /** Where the address sits in the form's values: at the top (the default), or e.g. 'shipping_address.' at checkout. */
  prefix?: '' | `${string}.`;
  /** The browser's autofill section, e.g. 'shipping' ("shipping postal-code"); none by default. */
  autoCompleteSection?: string;
  /** The address book's extra: a label beside the name. */
  addressBook?: boolean;
  /** While true the fields are not checked (checkout with a saved address chosen). */
  skip?: () => boolean;
}

/** A check that only applies while the fields are in use. */
function when(skip: (() => boolean) | undefined, options: Rule): Rule {
  if (!skip) return options;
  const { validate, maxLength, required } = options;
  return {
    validate: (value: unknown) => {
      if (skip()) return true;
      if (required && (value === undefined || value === null || value === '')) return required;
      if (maxLength && typeof value === 'string' && value.length > maxLength.value) return maxLength.message;
      return validate ? validate(value) : true;
    },
  };
}

/**
 * The postal address inputs, one set for every form that asks for an address: the address book
 * (account area) and a new shipping address at checkout. The country is chosen from the ISO list
 * by name; the phone (for the carrier) is optional.
 */
export function AddressFields({ register, errors, prefix = '', autoCompleteSection, addressBook = false, skip }: AddressFieldsProps) {
  const auto = (token: string) => (autoCompleteSection ? `${autoCompleteSection} ${token}` : token);
  const field = (name: string, label: string, options: Rule) => ({
    label,
    error: errorOf(errors, `${prefix}${name}`, label),
    ...register(`${prefix}${name}`, when(skip, options)),
  });

  return (
    <>
      <div className={addressBook ? 'form-row form-row--2' : undefined}>
        {addressBook && <TextField {...field('label', 'Label', rules.text(50, false))} help="Optional, e.g. Home or Office" />}
        <TextField {...field('name', 'Full name', rules.text(100))} autoComplete={auto('name')} />
      </div>
      <TextField {...field('line1', 'Address line 1', rules.text(200))} autoComplete={auto('address-line1')} placeholder="Street and number" />
      <TextField {...field('line2', 'Address line 2', rules.text(200, false))} autoComplete={auto('address-line2')} placeholder="Apartment, suite, floor (optional)" />
      <div className="form-row form-row--2">
        <TextField {...field('city', 'City', rules.text(100))} autoComplete={auto('address-level2')} />
        <TextField {...field('state', 'State / region', rules.text(100, false))} autoComplete={auto('address-level1')} placeholder="Optional" />
      </div>
      <div className="form-row form-row--2">
        <TextField {...field('postal_code', 'Postal code', rules.text(20))} autoComplete={auto('postal-code')} />
        <Select {...field('country', 'Country', rules.required)} options={COUNTRY_OPTIONS} placeholder="Choose a country" autoComplete={auto('country')} />
      </div>
      <TextField
        {...field('phone', 'Phone', rules.phone)}
        type="tel"
        inputMode="tel"
        autoComplete={auto('tel')}
        help="Optional, for the carrier if they need to reach you."
      />
    </>
  );
}
