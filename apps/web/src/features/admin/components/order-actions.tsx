import type { AdminOrderDto } from '@devgear/contracts';
import Alert from 'antd/es/alert';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Space from 'antd/es/space';
import { useState } from 'react';
import type { ApiError } from '@/lib/api-client';
import { toApiError } from '@/lib/form-errors';
import { formatMoney } from '@/lib/money';
import { useChangeOrderStatusMutation } from '../api/admin-orders-api';
import { orderStatusLabel } from '@/lib/order-status';
import { allowedActions, type OrderAction } from '../lib/order-status';
import { ShipOrderModal } from './ship-order-modal';

interface OrderActionsProps {
  order: AdminOrderDto;
  /** Reloads the order, e.g. after a 409 showed that it moved on meanwhile. */
  onStale?: () => void;
}

/**
 * The status changes the order machine allows from the order's status, and nothing else:
 * packing and delivery at a click, shipping through a form (carrier, tracking number),
 * cancelling (with a refund when paid) after a confirmation. The API's refusal is shown as is.
 */
export function OrderActions({ order, onStale }: OrderActionsProps) {
  const [changeStatus] = useChangeOrderStatusMutation();
  const [running, setRunning] = useState<OrderAction['key'] | null>(null);
  const [shipping, setShipping] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const { modal, message } = App.useApp();
  const actions = allowedActions(order.status);

  const run = async (action: OrderAction) => {
    setRunning(action.key);
    setFailure(null);
    try {
      const updated = await changeStatus({ id: order.id, status: action.target }).unwrap();
      void message.success(
        updated.status === 'refunded'
          ? `Order ${order.number} is cancelled and ${formatMoney(order.total)} refunded.`
          : `Order ${order.number} is marked ${orderStatusLabel(updated.status).toLowerCase()}.`,
      );
    } catch (raw) {
      const error = toApiError(raw);
      setFailure(error);
      if (error.status === 409) onStale?.();
    } finally {
      setRunning(null);
    }
  };

  const confirmCancel = (action: OrderAction) => {
    const refund = order.status === 'paid';
    modal.confirm({
      title: refund ? `Cancel order ${order.number} and refund ${formatMoney(order.total)}?` : `Cancel order ${order.number}?`,
      content: refund
        ? 'The payment is refunded to the customer, the items go back into stock and the order ends as refunded. This cannot be undone.'
        : 'The order is cancelled before payment and its items go back into stock. This cannot be undone.',
      okText: action.label,
      okButtonProps: { danger: true, 'data-testid': 'cancel-confirm' },
      cancelText: 'Keep the order',
      onOk: () => run(action),
    });
  };

  const click = (action: OrderAction) => {
    if (action.key === 'ship') {
      setFailure(null);
      setShipping(true);
    } else if (action.key === 'cancel') confirmCancel(action);
    else void run(action);
  };

  return (
    <div className="admin-order-actions" data-testid="order-actions">
      {actions.length > 0 && (
        <Space wrap>
          {actions.map((action) => (
            <Button
              key={action.key}
              type={action.key === 'cancel' ? 'default' : 'primary'}
              danger={action.key === 'cancel'}
              loading={running === action.key}
              disabled={running !== null && running !== action.key}
              onClick={() => click(action)}
              data-testid={`order-action-${action.key}`}
            >
              {action.label}
            </Button>
          ))}
        </Space>
      )}
      {failure && (
        <Alert
          type="error"
          showIcon
          closable
          onClose={() => setFailure(null)}
          title="The order was not changed"
          description={failure.message}
          data-testid="order-action-error"
          className="admin-order-actions__error"
        />
      )}
      {shipping && <ShipOrderModal order={order} onClose={() => setShipping(false)} />}
    </div>
  );
}
