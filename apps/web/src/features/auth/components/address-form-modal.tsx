import type { AddressDto, AddressRequest } from '@devgear/contracts';
import { useId } from 'react';
import { useForm, type FieldValues, type UseFormRegister } from 'react-hook-form';
import { Button, Checkbox, Dialog, toast } from '@/ui';
import { useAddAddressMutation, useUpdateAddressMutation } from '@/api/addresses-api';
import { AddressFields } from '@/components/form/address-fields';
import { FormError } from '@/components/form/form-error';
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
  const editing = Boolean(address);
  const wasDefault = address?.is_default_shipping ?? false;
  const form = useForm({ defaultValues: addressFormValues(address, isFirst ? { is_default_shipping: true } : {}) });
  const { submit, submitting, formError } = useFormSubmit(form, async (values) => {
    const wire = addressToWire(values as AddressRequest, wasDefault);
    if (address) await updateAddress({ id: address.id, changes: wire }).unwrap();
    else await addAddress(wire).unwrap();
    toast.success(editing ? 'Address updated.' : 'Address added.');
    onClose();
  });

  return (
    <Dialog
      open
      title={editing ? 'Edit address' : 'Add an address'}
      onClose={() => {
        if (!submitting) onClose();
      }}
      width={640}
      data-testid="address-modal"
      footer={
        <div className="button-row">
          <Button onClick={onClose} disabled={submitting}>
            Cancel
          </Button>
          <Button variant="primary" type="submit" form={formId} loading={submitting} data-testid="address-submit">
            {editing ? 'Save address' : 'Add address'}
          </Button>
        </div>
      }
    >
      <form id={formId} noValidate onSubmit={(event) => (event.preventDefault(), void submit())} data-testid="address-form">
        <FormError error={formError} />
        <AddressFields register={form.register as unknown as UseFormRegister<FieldValues>} errors={form.formState.errors} addressBook />
        <Checkbox
          label="Use as my default shipping address"
          disabled={wasDefault || isFirst}
          data-testid="address-default-checkbox"
          {...form.register('is_default_shipping')}
        />
      </form>
    </Dialog>
  );
}
