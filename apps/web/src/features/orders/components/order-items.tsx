import type { LineImageDto, MoneyDto } from '@devgear/contracts';
import { OrderLineThumbnail } from '@/components/shared/order-line-thumbnail';
import { formatMoney } from '@/lib/money';

export interface OrderItemLike {
  name: string;
  sku: string;
  quantity: number;
  unit_price: MoneyDto;
  line_total: MoneyDto;
  image?: LineImageDto | null;
}

/** The lines of an order (or of the cart being checked out): picture, name, SKU, quantity × price, line total. */
export function OrderItems({ items, testId = 'order-items' }: { items: readonly OrderItemLike[]; testId?: string }) {
  return (
    <ul className="order-items" data-testid={testId}>
      {items.map((item) => (
        <li key={`${item.sku}-${item.name}`} className="order-items__row" data-testid="order-item">
          <OrderLineThumbnail image={item.image} size={56} />
          <div className="order-items__info">
            <span className="order-items__name">{item.name}</span>
            <span className="order-items__meta text-secondary">
              {item.sku} · {item.quantity} × {formatMoney(item.unit_price)}
            </span>
          </div>
          <span className="order-items__total" data-amount={item.line_total.amount}>
            {formatMoney(item.line_total)}
          </span>
        </li>
      ))}
    </ul>
  );
}
