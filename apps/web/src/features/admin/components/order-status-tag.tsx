import { Tag } from 'antd';
import { isOrderStatus, ORDER_STATUS_COLORS, orderStatusLabel } from '../lib/order-status';

export function AdminOrderStatusTag({ status }: { status: string }) {
  return (
    <Tag color={isOrderStatus(status) ? ORDER_STATUS_COLORS[status] : 'default'} data-testid="order-status" data-status={status}>
      {orderStatusLabel(status)}
    </Tag>
  );
}
