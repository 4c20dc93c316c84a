import Col from 'antd/es/col';
import Input from 'antd/es/input';
import Row from 'antd/es/row';
import { useWatch, type Control, type FieldValues } from 'react-hook-form';
import { countryName } from '@/lib/address-form';
import { FormField } from './form-field';

interface AddressFieldsProps<T extends FieldValues> {
  control: Control<T>;
  /** Where the address sits in the form's values: at the top (the default), or e.g. 'shipping_address.' at checkout. */
  prefix?: '' | `${string}.`;
  /** The browser's autofill section, e.g. 'shipping' ("shipping postal-code"); none by default. */
  autoCompleteSection?: string;
  /** The address book's extras: a label beside the name and a phone beside the country. */
  addressBook?: boolean;
}

/**
 * The postal address inputs, one set for every form that asks for an address: the address book
 * (account area) and a new shipping address at checkout. The form's zod schema checks them; the
 * country is typed as two capitals, its name shown under it.
 */
export function AddressFields<T extends FieldValues>({ control: typed, prefix = '', autoCompleteSection, addressBook = false }: AddressFieldsProps<T>) {
  // The fields are named by `prefix` at run time, so they are typed as the plain field values here.
  const control = typed as unknown as Control<FieldValues>;
  const auto = (token: string) => (autoCompleteSection ? `${autoCompleteSection} ${token}` : token);
  const country = useWatch({ control, name: `${prefix}country` }) as string | undefined;

  const fullName = (
    <FormField control={control} name={`${prefix}name`} label="Full name">
      {(field) => <Input {...field} autoComplete={auto('name')} />}
    </FormField>
  );

  return (
    <>
      {addressBook ? (
        <Row gutter={12}>
          <Col xs={24} sm={10}>
            <FormField control={control} name={`${prefix}label`} label="Label" extra="Optional, e.g. Home or Office">
              {(field) => <Input {...field} value={field.value ?? ''} maxLength={50} />}
            </FormField>
          </Col>
          <Col xs={24} sm={14}>
            {fullName}
          </Col>
        </Row>
      ) : (
        fullName
      )}
      <FormField control={control} name={`${prefix}line1`} label="Address line 1">
        {(field) => <Input {...field} autoComplete={auto('address-line1')} placeholder="Street and number" />}
      </FormField>
      <FormField control={control} name={`${prefix}line2`} label="Address line 2">
        {(field) => <Input {...field} value={field.value ?? ''} autoComplete={auto('address-line2')} placeholder="Apartment, suite, floor (optional)" />}
      </FormField>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <FormField control={control} name={`${prefix}city`} label="City">
            {(field) => <Input {...field} autoComplete={auto('address-level2')} />}
          </FormField>
        </Col>
        <Col xs={24} sm={12}>
          <FormField control={control} name={`${prefix}state`} label="State / region">
            {(field) => <Input {...field} value={field.value ?? ''} autoComplete={auto('address-level1')} placeholder="Optional" />}
          </FormField>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={12} sm={addressBook ? 8 : 12}>
          <FormField control={control} name={`${prefix}postal_code`} label="Postal code">
            {(field) => <Input {...field} autoComplete={auto('postal-code')} />}
          </FormField>
        </Col>
        <Col xs={12} sm={addressBook ? 6 : 12}>
          <FormField control={control} name={`${prefix}country`} label="Country" extra={countryName(country) ?? 'Two letters, e.g. US'}>
            {(field) => (
              <Input
                {...field}
                onChange={(event) => field.onChange(event.target.value.toUpperCase())}
                maxLength={2}
                autoComplete={auto('country')}
                placeholder="US"
              />
            )}
          </FormField>
        </Col>
        {addressBook && (
          <Col xs={24} sm={10}>
            <FormField control={control} name={`${prefix}phone`} label="Phone">
              {(field) => <Input {...field} value={field.value ?? ''} autoComplete={auto('tel')} placeholder="Optional" />}
            </FormField>
          </Col>
        )}
      </Row>
    </>
  );
}
