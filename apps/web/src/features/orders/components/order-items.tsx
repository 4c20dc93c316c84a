import type { MoneyDto } from '@devgear/contracts';
import Typography from 'antd/es/typography';
import { formatMoney } from '@/lib/money';

export interface OrderItemLike {
  name: string;
  sku: string;
  quantity: number;
  unit_price: MoneyDto;
  line_total: MoneyDto;
}

/** The lines of an order (or of the cart being checked out): name, SKU, quantity × price, line total. */
export function OrderItems({ items, testId = 'order-items' }: { items: readonly OrderItemLike[]; testId?: string }) {
  return (
    <ul className="order-items" data-testid={testId}>
      {items.map((item) => (
        <li key={`${item.sku}-${item.name}`} className="order-items__row" data-testid="order-item">
          <div className="order-items__info">
            <span className="order-items__name">{item.name}</span>
            <Typography.Text type="secondary" className="order-items__meta">
              {item.sku} · {item.quantity} × {formatMoney(item.unit_price)}
            </Typography.Text>
          </div>
          <span className="order-items__total" data-amount={item.line_total.amount}>
            {formatMoney(item.line_total)}
          </span>
        </li>
      ))}
    </ul>
  );
}
