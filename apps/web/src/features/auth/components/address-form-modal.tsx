import { zodResolver } from '@hookform/resolvers/zod';
import { addressSchema, type AddressDto } from '@devgear/contracts';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Checkbox from 'antd/es/checkbox';
import Col from 'antd/es/col';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import Modal from 'antd/es/modal';
import Row from 'antd/es/row';
import { useId } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { FormAlert } from '@/components/form/form-alert';
import { FormField } from '@/components/form/form-field';
import { useFormSubmit } from '@/hooks/use-form-submit';
import { useAddAddressMutation, useUpdateAddressMutation } from '../api/account-api';
import { addressFormValues, addressToWire, countryName } from '../lib/address-form';

interface AddressFormModalProps {
  /** The address to edit; none to add one. */
  address?: AddressDto | null;
  /** The first address always becomes the default: the box is shown ticked. */
  isFirst?: boolean;
  onClose: () => void;
}

/** Adds or edits an address in a dialog; mounted while open, so each opening starts afresh. */
export function AddressFormModal({ address, isFirst = false, onClose }: AddressFormModalProps) {
  const formId = `address-form-${useId().replace(/:/g, '')}`;
  const [addAddress] = useAddAddressMutation();
  const [updateAddress] = useUpdateAddressMutation();
  const { message } = App.useApp();
  const editing = Boolean(address);
  const wasDefault = address?.is_default_shipping ?? false;
  const form = useForm({
    resolver: zodResolver(addressSchema),
    defaultValues: addressFormValues(address, isFirst ? { is_default_shipping: true } : {}),
  });
  const country = useWatch({ control: form.control, name: 'country' });
  const { submit, submitting, formError } = useFormSubmit(form, async (values) => {
    const wire = addressToWire(values, wasDefault);
    if (address) await updateAddress({ id: address.id, changes: wire }).unwrap();
    else await addAddress(wire).unwrap();
    void message.success(editing ? 'Address updated.' : 'Address added.');
    onClose();
  });

  return (
    <Modal
      open
      title={editing ? 'Edit address' : 'Add an address'}
      onCancel={onClose}
      maskClosable={!submitting}
      width={640}
      data-testid="address-modal"
      footer={[
        <Button key="cancel" onClick={onClose} disabled={submitting}>
          Cancel
        </Button>,
        <Button key="save" type="primary" htmlType="submit" form={formId} loading={submitting} data-testid="address-submit">
          {editing ? 'Save address' : 'Add address'}
        </Button>,
      ]}
    >
      <Form id={formId} layout="vertical" requiredMark={false} onFinish={submit} data-testid="address-form">
        <FormAlert error={formError} />
        <Row gutter={12}>
          <Col xs={24} sm={10}>
            <FormField control={form.control} name="label" label="Label" extra="Optional, e.g. Home or Office">
              {(field) => <Input {...field} value={field.value ?? ''} maxLength={50} />}
            </FormField>
          </Col>
          <Col xs={24} sm={14}>
            <FormField control={form.control} name="name" label="Full name">
              {(field) => <Input {...field} autoComplete="name" />}
            </FormField>
          </Col>
        </Row>
        <FormField control={form.control} name="line1" label="Address line 1">
          {(field) => <Input {...field} autoComplete="address-line1" placeholder="Street and number" />}
        </FormField>
        <FormField control={form.control} name="line2" label="Address line 2">
          {(field) => <Input {...field} value={field.value ?? ''} autoComplete="address-line2" placeholder="Apartment, suite, floor (optional)" />}
        </FormField>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <FormField control={form.control} name="city" label="City">
              {(field) => <Input {...field} autoComplete="address-level2" />}
            </FormField>
          </Col>
          <Col xs={24} sm={12}>
            <FormField control={form.control} name="state" label="State / region">
              {(field) => <Input {...field} value={field.value ?? ''} autoComplete="address-level1" placeholder="Optional" />}
            </FormField>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col xs={12} sm={8}>
            <FormField control={form.control} name="postal_code" label="Postal code">
              {(field) => <Input {...field} autoComplete="postal-code" />}
            </FormField>
          </Col>
          <Col xs={12} sm={6}>
            <FormField control={form.control} name="country" label="Country" extra={countryName(country) ?? 'Two letters, e.g. US'}>
              {(field) => (
                <Input
                  {...field}
                  onChange={(event) => field.onChange(event.target.value.toUpperCase())}
                  maxLength={2}
                  autoComplete="country"
                  placeholder="US"
                />
              )}
            </FormField>
          </Col>
          <Col xs={24} sm={10}>
            <FormField control={form.control} name="phone" label="Phone">
              {(field) => <Input {...field} value={field.value ?? ''} autoComplete="tel" placeholder="Optional" />}
            </FormField>
          </Col>
        </Row>
        <FormField control={form.control} name="is_default_shipping" label="Default">
          {({ value, onChange, ref, name, onBlur, id }) => (
            <Checkbox
              id={id}
              ref={ref}
              name={name}
              onBlur={onBlur}
              checked={Boolean(value)}
              disabled={wasDefault || isFirst}
              onChange={(event) => onChange(event.target.checked)}
              data-testid="address-default-checkbox"
            >
              Use as my default shipping address
            </Checkbox>
          )}
        </FormField>
      </Form>
    </Modal>
  );
}
