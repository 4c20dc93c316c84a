import type { AddressDto } from '@devgear/contracts';
import { Button, Empty, PlusIcon, Skeleton, toast } from '@/ui';
import { useState } from 'react';
import { ApiErrorState } from '@/components/shared/api-error-state';
import { queryError } from '@/lib/base-api';
import { toApiError } from '@/lib/form-errors';
import { useDeleteAddressMutation, useListAddressesQuery, useUpdateAddressMutation } from '@/api/addresses-api';
import { AddressCard } from './address-card';
import { AddressFormModal } from './address-form-modal';

type Editing = { address: AddressDto | null } | null;

/** The signed-in user's addresses: cards with the default badge, add/edit in a dialog. */
export function AddressBook() {
  const { data: addresses, error, isLoading, refetch } = useListAddressesQuery();
  const [deleteAddress] = useDeleteAddressMutation();
  const [updateAddress, { isLoading: makingDefault, originalArgs }] = useUpdateAddressMutation();
  const [editing, setEditing] = useState<Editing>(null);

  const remove = async (address: AddressDto) => {
    try {
      await deleteAddress(address.id).unwrap();
      toast.success('Address deleted.');
    } catch (raw) {
      toast.error(toApiError(raw).message);
    }
  };
  const makeDefault = async (address: AddressDto) => {
    try {
      await updateAddress({ id: address.id, changes: { is_default_shipping: true } }).unwrap();
      toast.success(`${address.label || address.name} is now your default address.`);
    } catch (raw) {
      toast.error(toApiError(raw).message);
    }
  };

  if (isLoading) {
    return (
      <div data-testid="addresses-loading">
        <Skeleton lines={4} label="Loading your addresses…" />
      </div>
    );
  }
  if (error || !addresses) return <ApiErrorState error={queryError(error)} title="We could not load your addresses" onRetry={() => refetch()} />;

  return (
    <div data-testid="address-book">
      <div className="account-section__header">
        <span className="account-section__hint">
          {addresses.length === 0 ? 'No saved addresses yet.' : `${addresses.length} saved ${addresses.length === 1 ? 'address' : 'addresses'}`}
        </span>
        <Button variant="primary" icon={<PlusIcon />} onClick={() => setEditing({ address: null })} data-testid="address-add">
          Add address
        </Button>
      </div>
      {addresses.length === 0 ? (
        <div data-testid="addresses-empty">
          <Empty description="Save an address to check out faster." />
        </div>
      ) : (
        <div className="address-grid">
          {addresses.map((address) => (
            <AddressCard
                key={address.id}
                address={address}
                busy={makingDefault && originalArgs?.id === address.id}
                onEdit={() => setEditing({ address })}
                onDelete={() => remove(address)}
                onMakeDefault={() => makeDefault(address)}
              />
          ))}
        </div>
      )}
      {editing && <AddressFormModal address={editing.address} isFirst={addresses.length === 0} onClose={() => setEditing(null)} />}
    </div>
  );
}
