import { DeleteOutlined } from '@ant-design/icons';
import type { CartItemDto } from '@devgear/contracts';
import Button from 'antd/es/button';
import Tag from 'antd/es/tag';
import Typography from 'antd/es/typography';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { formatMoney } from '@/lib/money';
import { useRemoveLine } from '../hooks/use-remove-line';
import { LineQuantity } from './line-quantity';

const UNAVAILABLE_TEXT: Record<NonNullable<CartItemDto['unavailable']>, string> = {
  archived: 'This product is no longer sold. Remove it to check out.',
  removed: 'This option no longer exists. Remove it to check out.',
};

/** The product page of a cart line, on its variant. */
export function cartLineHref(item: Pick<CartItemDto, 'product_id' | 'variant_id'>): string {
  return `/products/${encodeURIComponent(item.product_id)}?variant=${encodeURIComponent(item.variant_id)}`;
}

interface CartLineProps {
  item: CartItemDto;
  /** The drawer's smaller version. */
  compact?: boolean;
  /** Called when the customer follows the product link (the drawer closes). */
  onNavigate?: () => void;
}

/** One cart line: name, SKU and unit price, quantity, line total and remove (with undo). */
export function CartLine({ item, compact = false, onNavigate }: CartLineProps) {
  const remove = useRemoveLine();
  const [removing, setRemoving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const unavailable = item.unavailable !== null;

  return (
    <li
      className={`cart-line${compact ? ' cart-line--compact' : ''}${unavailable ? ' cart-line--unavailable' : ''}`}
      data-testid="cart-line"
      data-item-id={item.id}
      data-variant-id={item.variant_id}
      data-unavailable={unavailable}
    >
      <div className="cart-line__info">
        <Link to={cartLineHref(item)} className="cart-line__name" onClick={onNavigate} data-testid="cart-line-name">
          {item.name}
        </Link>
        <Typography.Text type="secondary" className="cart-line__meta">
          {item.sku} · {formatMoney(item.unit_price)} each
        </Typography.Text>
        {item.unavailable && (
          <div className="cart-line__unavailable" data-testid="cart-line-unavailable">
            <Tag color="error">Unavailable</Tag>
            <Typography.Text type="danger">{UNAVAILABLE_TEXT[item.unavailable]}</Typography.Text>
          </div>
        )}
        {error && (
          <Typography.Text type="danger" role="alert" className="cart-line__error" data-testid="cart-line-error">
            {error}
          </Typography.Text>
        )}
      </div>
      <div className="cart-line__controls">
        <LineQuantity item={item} size={compact ? 'small' : 'middle'} onError={setError} />
        <span className="cart-line__total" data-testid="cart-line-total" data-amount={item.line_total.amount}>
          {unavailable ? '—' : formatMoney(item.line_total)}
        </span>
        <Button
          type="text"
          danger
          size={compact ? 'small' : 'middle'}
          icon={<DeleteOutlined />}
          loading={removing}
          onClick={async () => {
            setRemoving(true);
            await remove(item);
            setRemoving(false);
          }}
          aria-label={`Remove ${item.name}`}
          data-testid="cart-line-remove"
        />
      </div>
    </li>
  );
}
