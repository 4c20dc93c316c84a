import { zodResolver } from '@hookform/resolvers/zod';
import { addressSchema, type AddressDto } from '@devgear/contracts';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Checkbox from 'antd/es/checkbox';
import Form from 'antd/es/form';
import Modal from 'antd/es/modal';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { useAddAddressMutation, useUpdateAddressMutation } from '@/api/addresses-api';
import { AddressFields } from '@/components/form/address-fields';
import { FormAlert } from '@/components/form/form-alert';
import { FormField } from '@/components/form/form-field';
import { useFormSubmit } from '@/hooks/use-form-submit';
import { addressFormValues, addressToWire } from '@/lib/address-form';

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
        <AddressFields control={form.control} addressBook />
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
