import type { CartItemDto } from '@devgear/contracts';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Button, DeleteIcon, Tag } from '@/ui';
import { OrderLineThumbnail } from '@/components/shared/order-line-thumbnail';
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

/** One cart line: picture, name, SKU and unit price, quantity, line total and remove (with undo). */
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
      <div className="cart-line__main">
        <OrderLineThumbnail image={item.image} size={compact ? 56 : 72} />
        <div className="cart-line__info">
          <Link to={cartLineHref(item)} className="cart-line__name" onClick={onNavigate} data-testid="cart-line-name">
            {item.name}
          </Link>
          <span className="cart-line__meta text-secondary">
            {item.sku} · {formatMoney(item.unit_price)} each
          </span>
          {item.unavailable && (
            <div className="cart-line__unavailable" data-testid="cart-line-unavailable">
              <Tag color="red">Unavailable</Tag>
              <span className="text-danger">{UNAVAILABLE_TEXT[item.unavailable]}</span>
            </div>
          )}
          {error && (
            <span role="alert" className="cart-line__error text-danger" data-testid="cart-line-error">
              {error}
            </span>
          )}
        </div>
      </div>
      <div className="cart-line__controls">
        <LineQuantity item={item} onError={setError} />
        <span className="cart-line__total" data-testid="cart-line-total" data-amount={item.line_total.amount}>
          {unavailable ? '—' : formatMoney(item.line_total)}
        </span>
        <Button
          variant="text"
          size="small"
          icon={<DeleteIcon />}
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
