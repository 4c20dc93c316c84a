import { Tag } from '@/ui';
import { isOrderStatus, ORDER_STATUS_COLORS, orderStatusLabel } from '@/lib/order-status';

/** An order's status as a coloured tag, the same in the storefront and the back office. */
export function OrderStatusTag({ status }: { status: string }) {
  return (
    <Tag color={isOrderStatus(status) ? ORDER_STATUS_COLORS[status] : 'default'} data-testid="order-status" data-status={status}>
      {orderStatusLabel(status)}
    </Tag>
  );
}
