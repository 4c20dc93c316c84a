import type { OrderDto } from '@devgear/contracts';
import { Tag } from 'antd';

type OrderStatus = OrderDto['status'];

export const STATUS_LABELS: Record<OrderStatus, string> = {
  pending: 'Awaiting payment',
  paid: 'Paid',
  packed: 'Packed',
  shipped: 'Shipped',
  delivered: 'Delivered',
  cancelled: 'Cancelled',
  refunded: 'Refunded',
};

const STATUS_COLORS: Record<OrderStatus, string> = {
  pending: 'gold',
  paid: 'blue',
  packed: 'cyan',
  shipped: 'geekblue',
  delivered: 'green',
  cancelled: 'default',
  refunded: 'purple',
};

export function statusLabel(status: string): string {
  return STATUS_LABELS[status as OrderStatus] ?? status.charAt(0).toUpperCase() + status.slice(1);
}

export function OrderStatusTag({ status }: { status: string }) {
  return (
    <Tag color={STATUS_COLORS[status as OrderStatus] ?? 'default'} data-testid="order-status" data-status={status}>
      {statusLabel(status)}
    </Tag>
  );
}

/** A customer may cancel while the order is pending or paid (CONTRACT.md, status machine). */
export function canCancel(status: string): boolean {
  return status === 'pending' || status === 'paid';
}
