import {
  CarOutlined,
  CheckCircleOutlined,
  ClockCircleOutlined,
  CloseCircleOutlined,
  CreditCardOutlined,
  DropboxOutlined,
  RollbackOutlined,
} from '@ant-design/icons';
import type { OrderDto } from '@devgear/contracts';
import Timeline from 'antd/es/timeline';
import type { TimelineProps } from 'antd';
import type { ReactNode } from 'react';
import { formatDateTime } from '@/lib/dates';
import { orderStatusLabel as statusLabel } from '@/lib/order-status';

const ICONS: Record<string, ReactNode> = {
  pending: <ClockCircleOutlined />,
  paid: <CreditCardOutlined />,
  packed: <DropboxOutlined />,
  shipped: <CarOutlined />,
  delivered: <CheckCircleOutlined />,
  cancelled: <CloseCircleOutlined />,
  refunded: <RollbackOutlined />,
};

const COLORS: Record<string, string> = { cancelled: 'gray', refunded: 'purple', delivered: 'green' };

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
  const items: NonNullable<TimelineProps['items']> = history.map((entry, index) => ({
    key: `${entry.status}-${entry.at}`,
    color: COLORS[entry.status] ?? (index === history.length - 1 ? 'blue' : 'green'),
    icon: ICONS[entry.status],
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
    <div data-testid="order-timeline">
      <Timeline items={items} />
    </div>
  );
}
