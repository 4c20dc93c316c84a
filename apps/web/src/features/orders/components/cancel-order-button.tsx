import type { OrderDto } from '@devgear/contracts';
import { useState } from 'react';
import { Alert, Button, Dialog, toast } from '@/ui';
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
  const [confirming, setConfirming] = useState(false);
  const dispatch = useDispatch();

  if (!canCancel(order.status) && !error) return null;

  const cancel = async () => {
    setError(null);
    try {
      const next = await cancelOrder(order.id).unwrap();
      toast.success(
        next.status === 'refunded' || next.payment.status === 'refunded'
          ? `Order ${next.number} is cancelled and ${formatMoney(next.total)} refunded.`
          : `Order ${next.number} is cancelled.`,
      );
    } catch (raw) {
      const e = toApiError(raw);
      setError(e);
      // The order moved on meanwhile (e.g. it was packed): show where it is now.
      if (e.status === 409) dispatch(ordersApi.util.invalidateTags([{ type: 'Order', id: order.id }]));
    } finally {
      setConfirming(false);
    }
  };

  return (
    <div className="cancel-order">
      {error && (
        <Alert type="error" onClose={() => setError(null)} title="The order was not cancelled" description={error.message} className="form-error" data-testid="cancel-order-error" />
      )}
      {canCancel(order.status) && (
        <Button variant="danger" block loading={isLoading} onClick={() => setConfirming(true)} data-testid="cancel-order">
          Cancel order
        </Button>
      )}
      <Dialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title={`Cancel order ${order.number}?`}
        width={420}
        footer={
          <div className="button-row">
            <Button onClick={() => setConfirming(false)} disabled={isLoading}>
              Keep order
            </Button>
            <Button variant="danger" loading={isLoading} onClick={() => void cancel()} data-testid="cancel-order-confirm">
              Cancel order
            </Button>
          </div>
        }
      >
        <p>
          {order.status === 'paid'
            ? `We will refund ${formatMoney(order.total)} to your card. This cannot be undone.`
            : 'Nothing has been charged for it. This cannot be undone.'}
        </p>
      </Dialog>
    </div>
  );
}
