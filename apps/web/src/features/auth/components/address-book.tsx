import { EnvironmentOutlined, PlusOutlined } from '@ant-design/icons';
import type { AddressDto } from '@devgear/contracts';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Col from 'antd/es/col';
import Empty from 'antd/es/empty';
import Row from 'antd/es/row';
import Skeleton from 'antd/es/skeleton';
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
  const { message } = App.useApp();

  const remove = async (address: AddressDto) => {
    try {
      await deleteAddress(address.id).unwrap();
      void message.success('Address deleted.');
    } catch (raw) {
      void message.error(toApiError(raw).message);
    }
  };
  const makeDefault = async (address: AddressDto) => {
    try {
      await updateAddress({ id: address.id, changes: { is_default_shipping: true } }).unwrap();
      void message.success(`${address.label || address.name} is now your default address.`);
    } catch (raw) {
      void message.error(toApiError(raw).message);
    }
  };

  if (isLoading) return <Skeleton active data-testid="addresses-loading" />;
  if (error || !addresses) return <ApiErrorState error={queryError(error)} title="We could not load your addresses" onRetry={() => refetch()} />;

  return (
    <div data-testid="address-book">
      <div className="account-section__header">
        <span className="account-section__hint">
          {addresses.length === 0 ? 'No saved addresses yet.' : `${addresses.length} saved ${addresses.length === 1 ? 'address' : 'addresses'}`}
        </span>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ address: null })} data-testid="address-add">
          Add address
        </Button>
      </div>
      {addresses.length === 0 ? (
        <Empty
          image={<EnvironmentOutlined className="account-empty__icon" />}
          description="Save an address to check out faster."
          data-testid="addresses-empty"
        />
      ) : (
        <Row gutter={[16, 16]}>
          {addresses.map((address) => (
            <Col xs={24} md={12} lg={8} key={address.id}>
              <AddressCard
                address={address}
                busy={makingDefault && originalArgs?.id === address.id}
                onEdit={() => setEditing({ address })}
                onDelete={() => remove(address)}
                onMakeDefault={() => makeDefault(address)}
              />
            </Col>
          ))}
        </Row>
      )}
      {editing && <AddressFormModal address={editing.address} isFirst={addresses.length === 0} onClose={() => setEditing(null)} />}
    </div>
  );
}
