import { Link, useSearchParams } from 'react-router-dom';
import { ButtonLink, ChevronRightIcon, Empty, Pagination, Skeleton } from '@/ui';
import { ApiErrorState } from '@/components/shared/api-error-state';
import { OrderLineThumbnail } from '@/components/shared/order-line-thumbnail';
import { queryError } from '@/lib/base-api';
import { formatMoney } from '@/lib/money';
import { useListOrdersQuery } from '../api/orders-api';
import { formatDate } from '@/lib/dates';
import { orderHref } from '../lib/order-links';
import { OrderStatusTag } from '@/components/shared/order-status-tag';

export const ORDERS_PER_PAGE = 10;

function pageFrom(value: string | null): number {
  const n = value && /^\d+$/.test(value) ? Number(value) : NaN;
  return Number.isSafeInteger(n) && n >= 1 ? n : 1;
}

/** The customer's orders, newest first: number, date, status, total; pages kept in the URL (?page=). */
export function OrderHistory() {
  const [params, setParams] = useSearchParams();
  const page = pageFrom(params.get('page'));
  const { data, error, isLoading, isFetching, refetch } = useListOrdersQuery({ page, per_page: ORDERS_PER_PAGE });

  if (isLoading) {
    return (
      <div data-testid="orders-loading">
        <Skeleton lines={4} label="Loading your orders…" />
      </div>
    );
  }
  if (error || !data) return <ApiErrorState error={queryError(error)} title="We could not load your orders" onRetry={() => refetch()} />;

  if (data.meta.total === 0) {
    return (
      <div data-testid="orders-empty">
        <Empty description="You have not placed any orders yet.">
          <ButtonLink variant="primary" to="/products">
            Start shopping
          </ButtonLink>
        </Empty>
      </div>
    );
  }

  return (
    <div data-testid="order-history" aria-busy={isFetching}>
      <div className="account-section__header">
        <span className="account-section__hint">{data.meta.total === 1 ? '1 order' : `${data.meta.total} orders`}</span>
      </div>
      <ul className="order-list">
        {data.data.map((order) => {
          const units = order.items.reduce((sum, i) => sum + i.quantity, 0);
          return (
            <li key={order.id}>
              <Link to={orderHref(order)} className="order-row" data-testid="order-row" data-order-id={order.id}>
                <span className="order-row__thumbs" aria-hidden="true">
                  {order.items.slice(0, 3).map((item) => (
                    <OrderLineThumbnail key={item.variant_id} image={item.image} size={40} />
                  ))}
                </span>
                <span className="order-row__main">
                  <span className="order-row__number" data-testid="order-row-number">
                    Order {order.number}
                  </span>
                  <span className="order-row__meta text-secondary">
                    <time dateTime={order.created_at}>{formatDate(order.created_at)}</time> · {units} {units === 1 ? 'item' : 'items'}
                  </span>
                </span>
                <span className="order-row__side">
                  <OrderStatusTag status={order.status} />
                  <span className="order-row__total" data-testid="order-row-total" data-amount={order.total.amount}>
                    {formatMoney(order.total)}
                  </span>
                  <span className="order-row__chevron">
                    <ChevronRightIcon />
                  </span>
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
      {data.meta.total > data.meta.per_page && (
        <div data-testid="orders-pagination">
          <Pagination
            className="order-pagination"
            current={data.meta.page}
            pageSize={data.meta.per_page}
            total={data.meta.total}
            onChange={(next) => {
              const merged = new URLSearchParams(params);
              if (next === 1) merged.delete('page');
              else merged.set('page', String(next));
              setParams(merged);
            }}
          />
        </div>
      )}
    </div>
  );
}
