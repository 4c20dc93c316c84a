import { StopOutlined } from '@ant-design/icons';
import type { OrderDto } from '@devgear/contracts';
import Alert from 'antd/es/alert';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import { useState } from 'react';
import { useDispatch } from 'react-redux';
import type { ApiError } from '@/lib/api-client';
import { toApiError } from '@/lib/form-errors';
import { formatMoney } from '@/lib/money';
import { ordersApi, useCancelOrderMutation } from '../api/orders-api';
import { canCancel } from './order-rules';

/**
 * Cancel, after confirming, while the order is pending or paid. A paid order is refunded. The
 * API refuses once the order has moved on (409 INVALID_STATE): its message is shown.
 */
export function CancelOrderButton({ order }: { order: OrderDto }) {
  const [cancelOrder, { isLoading }] = useCancelOrderMutation();
  const [error, setError] = useState<ApiError | null>(null);
  const { modal, message } = App.useApp();
  const dispatch = useDispatch();

  if (!canCancel(order.status) && !error) return null;

  const confirm = () => {
    modal.confirm({
      title: `Cancel order ${order.number}?`,
      content:
        order.status === 'paid'
          ? `We will refund ${formatMoney(order.total)} to your card. This cannot be undone.`
          : 'Nothing has been charged for it. This cannot be undone.',
      okText: 'Cancel order',
      okButtonProps: { danger: true, 'data-testid': 'cancel-order-confirm' },
      cancelText: 'Keep order',
      onOk: async () => {
        setError(null);
        try {
          const next = await cancelOrder(order.id).unwrap();
          void message.success(
            next.status === 'refunded' || next.payment.status === 'refunded'
              ? `Order ${next.number} is cancelled and ${formatMoney(next.total)} refunded.`
              : `Order ${next.number} is cancelled.`,
          );
        } catch (raw) {
          const e = toApiError(raw);
          setError(e);
          // The order moved on meanwhile (e.g. it was packed): show where it is now.
          if (e.status === 409) dispatch(ordersApi.util.invalidateTags([{ type: 'Order', id: order.id }]));
        }
      },
    });
  };

  return (
    <div className="cancel-order">
      {error && (
        <Alert
          type="error"
          showIcon
          closable
          onClose={() => setError(null)}
          title="The order was not cancelled"
          description={error.message}
          style={{ marginBottom: 12 }}
          data-testid="cancel-order-error"
        />
      )}
      {canCancel(order.status) && (
        <Button danger block icon={<StopOutlined />} loading={isLoading} onClick={confirm} data-testid="cancel-order">
          Cancel order
        </Button>
      )}
    </div>
  );
}
