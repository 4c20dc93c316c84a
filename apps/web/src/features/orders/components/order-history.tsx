import { RightOutlined, ShoppingOutlined } from '@ant-design/icons';
import Empty from 'antd/es/empty';
import Pagination from 'antd/es/pagination';
import Skeleton from 'antd/es/skeleton';
import Typography from 'antd/es/typography';
import { Link, useSearchParams } from 'react-router-dom';
import { ApiErrorState } from '@/components/shared/api-error-state';
import { ButtonLink } from '@/components/shared/button-link';
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

  if (isLoading) return <Skeleton active data-testid="orders-loading" />;
  if (error || !data) return <ApiErrorState error={queryError(error)} title="We could not load your orders" onRetry={() => refetch()} />;

  if (data.meta.total === 0) {
    return (
      <Empty image={<ShoppingOutlined className="account-empty__icon" />} description="You have not placed any orders yet." data-testid="orders-empty">
        <ButtonLink type="primary" to="/products">
          Start shopping
        </ButtonLink>
      </Empty>
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
                <span className="order-row__main">
                  <span className="order-row__number" data-testid="order-row-number">
                    Order {order.number}
                  </span>
                  <Typography.Text type="secondary" className="order-row__meta">
                    <time dateTime={order.created_at}>{formatDate(order.created_at)}</time> · {units} {units === 1 ? 'item' : 'items'}
                  </Typography.Text>
                </span>
                <span className="order-row__side">
                  <OrderStatusTag status={order.status} />
                  <span className="order-row__total" data-testid="order-row-total" data-amount={order.total.amount}>
                    {formatMoney(order.total)}
                  </span>
                  <RightOutlined className="order-row__chevron" />
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
      {data.meta.total > data.meta.per_page && (
        <Pagination
          className="order-pagination"
          current={data.meta.page}
          pageSize={data.meta.per_page}
          total={data.meta.total}
          showSizeChanger={false}
          onChange={(next) => {
            const merged = new URLSearchParams(params);
            if (next === 1) merged.delete('page');
            else merged.set('page', String(next));
            setParams(merged);
          }}
          data-testid="orders-pagination"
        />
      )}
    </div>
  );
}
