import type { OrderDto } from '@devgear/contracts';
import '../form/forms.css';
import { formatDateTime } from '@/lib/dates';
import { orderStatusLabel as statusLabel } from '@/lib/order-status';

const COLORS: Record<string, string> = { cancelled: 'gray', refunded: 'purple', delivered: 'green' };

interface Step {
  key: string;
  color: string;
  content: React.ReactNode;
}

/** What comes after each status while the order is on its way (CONTRACT.md, status machine). */
const NEXT: Record<string, string> = {
  pending: 'Payment',
  paid: 'Packing',
  packed: 'Shipping',
  shipped: 'Delivery',
};

const TITLES: Record<string, string> = { pending: 'Order placed' };

/**
 * The order's status history, oldest first, with what happens next while it is under way
 * (`showNext`: for the customer; the back office has the buttons for it instead).
 */
export function OrderTimeline({ order, showNext = true }: { order: Pick<OrderDto, 'status' | 'status_history'>; showNext?: boolean }) {
  const history = [...order.status_history].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const items: Step[] = history.map((entry, index) => ({
    key: `${entry.status}-${entry.at}`,
    color: COLORS[entry.status] ?? (index === history.length - 1 ? 'blue' : 'green'),
    content: (
      <>
        <span className="order-timeline__status" data-testid="timeline-status" data-status={entry.status}>
          {TITLES[entry.status] ?? statusLabel(entry.status)}
        </span>
        <time dateTime={entry.at} className="order-timeline__at">
          {formatDateTime(entry.at)}
        </time>
      </>
    ),
  }));
  const next = showNext ? NEXT[order.status] : undefined;
  if (next) {
    items.push({
      key: 'next',
      color: 'gray',
      content: (
        <span className="order-timeline__next" data-testid="timeline-next">
          Next: {next}
        </span>
      ),
    });
  }
  return (
    <ol className="order-timeline" data-testid="order-timeline">
      {items.map((item) => (
        <li key={item.key} className={`order-timeline__item order-timeline__item--${item.color}`}>
          <span className="order-timeline__dot" aria-hidden="true" />
          <div className="order-timeline__content">{item.content}</div>
        </li>
      ))}
    </ol>
  );
}
