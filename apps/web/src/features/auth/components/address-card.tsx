import type { AddressDto } from '@devgear/contracts';
import { useState } from 'react';
import { Button, DeleteIcon, Dialog, StarIcon, Tag } from '@/ui';
import { countryName } from '@/lib/address-form';

interface AddressCardProps {
  address: AddressDto;
  onEdit: () => void;
  onDelete: () => Promise<unknown>;
  onMakeDefault: () => Promise<unknown>;
  busy?: boolean;
}

/** One saved address, with its default badge and the actions on it. */
export function AddressCard({ address, onEdit, onDelete, onMakeDefault, busy }: AddressCardProps) {
  const cityLine = [address.city, address.state, address.postal_code].filter(Boolean).join(', ');
  const title = address.label || address.name;
  const [confirming, setConfirming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  return (
    <article className="address-card" data-testid="address-card" data-address-id={address.id} data-default={address.is_default_shipping}>
      <header className="address-card__title">
        <span className="address-card__label">{title}</span>
        {address.is_default_shipping && (
          <Tag color="blue" data-testid="default-badge">
            Default
          </Tag>
        )}
      </header>
      <address className="address-card__body">
        {address.label && <strong>{address.name}</strong>}
        <div>{address.line1}</div>
        {address.line2 && <div>{address.line2}</div>}
        <div>{cityLine}</div>
        <div>{countryName(address.country) ?? address.country}</div>
        {address.phone && <div className="text-secondary">{address.phone}</div>}
      </address>
      <div className="button-row">
        {!address.is_default_shipping && (
          <Button size="small" icon={<StarIcon />} onClick={() => void onMakeDefault()} loading={busy} className="address-card__default" data-testid="address-make-default">
            Make default
          </Button>
        )}
        <Button size="small" variant="text" onClick={onEdit} data-testid="address-edit">
          Edit
        </Button>
        <Button size="small" variant="text" icon={<DeleteIcon />} onClick={() => setConfirming(true)} data-testid="address-delete">
          Delete
        </Button>
      </div>
      <Dialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title="Delete this address?"
        width={400}
        footer={
          <div className="button-row">
            <Button onClick={() => setConfirming(false)}>Keep</Button>
            <Button
              variant="danger"
              loading={deleting}
              onClick={async () => {
                setDeleting(true);
                await onDelete();
                setDeleting(false);
                setConfirming(false);
              }}
              data-testid="address-delete-confirm"
            >
              Delete
            </Button>
          </div>
        }
      >
        <p>{address.is_default_shipping ? 'Your oldest other address becomes the default.' : `${title} will be removed from your address book.`}</p>
      </Dialog>
    </article>
  );
}
