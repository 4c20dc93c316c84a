import { DeleteOutlined, EditOutlined, StarOutlined } from '@ant-design/icons';
import type { AddressDto } from '@devgear/contracts';
import Button from 'antd/es/button';
import Card from 'antd/es/card';
import Popconfirm from 'antd/es/popconfirm';
import Tag from 'antd/es/tag';
import Typography from 'antd/es/typography';
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
  return (
    <Card
      className="address-card"
      data-testid="address-card"
      data-address-id={address.id}
      data-default={address.is_default_shipping}
      title={
        <span className="address-card__title">
          <span className="address-card__label">{title}</span>
          {address.is_default_shipping && (
            <Tag color="blue" data-testid="default-badge">
              Default
            </Tag>
          )}
        </span>
      }
      actions={[
        <Button key="edit" type="text" icon={<EditOutlined />} onClick={onEdit} data-testid="address-edit">
          Edit
        </Button>,
        <Popconfirm
          key="delete"
          title="Delete this address?"
          description={address.is_default_shipping ? 'Your oldest other address becomes the default.' : undefined}
          okText="Delete"
          okButtonProps={{ danger: true, 'data-testid': 'address-delete-confirm' }}
          cancelText="Keep"
          onConfirm={onDelete}
        >
          <Button type="text" danger icon={<DeleteOutlined />} data-testid="address-delete">
            Delete
          </Button>
        </Popconfirm>,
      ]}
    >
      <address className="address-card__body">
        {address.label && <Typography.Text strong>{address.name}</Typography.Text>}
        <div>{address.line1}</div>
        {address.line2 && <div>{address.line2}</div>}
        <div>{cityLine}</div>
        <div>{countryName(address.country) ?? address.country}</div>
        {address.phone && <Typography.Text type="secondary">{address.phone}</Typography.Text>}
      </address>
      {!address.is_default_shipping && (
        <Button size="small" icon={<StarOutlined />} onClick={() => void onMakeDefault()} loading={busy} className="address-card__default" data-testid="address-make-default">
          Make default
        </Button>
      )}
    </Card>
  );
}
