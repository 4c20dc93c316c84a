import { screen, waitFor, within } from '@testing-library/react';
import type { OrderDto } from '@devgear/contracts';
import { customer, shellRoutes, storedSession } from '@/testing/auth-fixtures';
import { errorBody, installFakeApi } from '@/testing/fake-api';
import { renderApp } from '@/testing/render-app';
import { order, withCart } from '@/testing/shop-fixtures';

const signedIn = { session: storedSession(customer) };

/** GET /orders (paginated, newest first), GET /orders/:id and POST /orders/:id/cancel over a list of orders. */
function ordersApi(orders: OrderDto[]) {
  const byId = new Map(orders.map((o) => [o.id, o]));
  const api = installFakeApi({
    ...shellRoutes,
    'GET /me': { body: { data: customer } },
    'GET /orders': (req) => {
      const page = Number(req.query.page ?? 1);
      const perPage = Number(req.query.per_page ?? 24);
      const all = [...byId.values()];
      return {
        body: {
          data: all.slice((page - 1) * perPage, page * perPage),
          meta: { page, per_page: perPage, total: all.length, has_next: page * perPage < all.length },
          links: { self: '/api/v1/orders', next: null, prev: null },
        },
      };
    },
    'GET /orders/:id': (_req, { id }) =>
      byId.has(id) ? { body: { data: byId.get(id) } } : { status: 404, body: errorBody('NOT_FOUND', 'Order not found') },
    'POST /orders/:id/cancel': (_req, { id }) => {
      const current = byId.get(id)!;
      if (current.status !== 'pending' && current.status !== 'paid') {
        return { status: 409, body: errorBody('INVALID_STATE', `Order ${current.number} is ${current.status} and can no longer be cancelled`) };
      }
      const at = '2025-03-05T09:00:00.000Z';
      const cancelled: OrderDto = {
        ...current,
        status: current.status === 'paid' ? 'refunded' : 'cancelled',
        cancellation_reason: 'customer',
        payment: { ...current.payment, status: current.status === 'paid' ? 'refunded' : current.payment.status },
        status_history: [
          ...current.status_history,
          { status: 'cancelled', at },
          ...(current.status === 'paid' ? [{ status: 'refunded', at }] : []),
        ],
      };
      byId.set(id, cancelled);
      return { body: { data: cancelled } };
    },
  });
  withCart(api);
  return api;
}

describe('order history', () => {
  it('lists the orders with number, date, status and total, a page at a time', async () => {
    const orders = Array.from({ length: 12 }, (_, i) =>
      order({
        id: `o-${i + 1}`,
        number: `DG-${2000 - i}`,
        status: i === 0 ? 'shipped' : 'paid',
        total: { amount: 1000 * (i + 1), currency: 'USD' },
        created_at: `2025-03-${String(20 - i).padStart(2, '0')}T10:00:00.000Z`,
      }),
    );
    const api = ordersApi(orders);
    const { user, location } = renderApp('/account/orders', signedIn);

    const rows = await screen.findAllByTestId('order-row');
    expect(rows).toHaveLength(10);
    expect(rows[0]).toHaveTextContent('Order DG-2000');
    expect(rows[0]).toHaveTextContent('Mar 20, 2025');
    expect(rows[0]).toHaveTextContent('2 items');
    expect(within(rows[0]).getByTestId('order-status')).toHaveTextContent('Shipped');
    expect(within(rows[0]).getByTestId('order-row-total')).toHaveTextContent('$10.00');
    expect(rows[0]).toHaveAttribute('href', '/orders/o-1');
    expect(screen.getByText('12 orders')).toBeInTheDocument();
    expect(api.lastRequestTo('/orders')?.query).toEqual({ page: '1', per_page: '10' });

    await user.click(within(screen.getByTestId('orders-pagination')).getByRole('button', { name: 'Page 2' }));
    await waitFor(() => expect(screen.getAllByTestId('order-row')).toHaveLength(2));
    expect(location().search).toBe('?page=2');
    expect(screen.getAllByTestId('order-row')[0]).toHaveTextContent('Order DG-1990');

    await user.click(screen.getAllByTestId('order-row')[1]);
    await waitFor(() => expect(location().pathname).toBe('/orders/o-12'));
  });

  it('has a friendly empty state and is reachable from the account menu', async () => {
    ordersApi([]);
    const { user, location } = renderApp('/account', signedIn);
    await user.click(await screen.findByTestId('account-menu'));
    await user.click(await screen.findByTestId('menu-orders'));
    await waitFor(() => expect(location().pathname).toBe('/account/orders'));
    expect(await screen.findByTestId('orders-empty')).toHaveTextContent('You have not placed any orders yet.');
  });
});

describe('order page', () => {
  it('shows items, totals, address and the status timeline; Cancel asks first, then refunds', async () => {
    const api = ordersApi([
      order({
        discount_code: 'SAVE10',
        discount_total: { amount: 1600, currency: 'USD' },
        total: { amount: 14398, currency: 'USD' },
      }),
    ]);
    const { user } = renderApp('/orders/o-1', signedIn);

    expect(await screen.findByTestId('order-title')).toHaveTextContent('Order DG-1001');
    expect(screen.getAllByTestId('order-status')[0]).toHaveTextContent('Paid');
    expect(screen.getByTestId('order-item')).toHaveTextContent('Keychron K2 Wireless');
    expect(screen.getByTestId('order-item')).toHaveTextContent('2 × $79.99');
    expect(within(screen.getByTestId('order-item')).getByTestId('line-thumbnail')).toHaveAttribute('src', '/media/products/k2.webp');
    expect(screen.getByTestId('totals-subtotal')).toHaveTextContent('$159.98');
    expect(screen.getByTestId('totals-discount')).toHaveTextContent('−$16.00');
    expect(screen.getByText('Discount (SAVE10)')).toBeInTheDocument();
    expect(screen.getByTestId('totals-total')).toHaveTextContent('$143.98');
    expect(screen.getByTestId('shipping-address')).toHaveTextContent('London, SW1Y 4JH');
    expect(screen.getByTestId('shipping-address')).toHaveTextContent('United Kingdom');
    expect(screen.getByTestId('order-payment')).toHaveTextContent('Paid by card');

    const timeline = screen.getByTestId('order-timeline');
    expect(within(timeline).getAllByTestId('timeline-status').map((el) => el.textContent)).toEqual(['Order placed', 'Paid']);
    expect(within(timeline).getByTestId('timeline-next')).toHaveTextContent('Next: Packing');

    await user.click(screen.getByTestId('cancel-order'));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('Cancel order DG-1001?');
    expect(dialog).toHaveTextContent('We will refund $143.98 to your card.');
    await user.click(within(dialog).getByTestId('cancel-order-confirm'));

    await waitFor(() => expect(screen.getAllByTestId('order-status')[0]).toHaveTextContent('Refunded'));
    expect(api.requestsTo('/orders/o-1/cancel').map((r) => r.method)).toEqual(['POST']);
    expect(within(timeline).getAllByTestId('timeline-status').map((el) => el.textContent)).toEqual(['Order placed', 'Paid', 'Cancelled', 'Refunded']);
    expect(within(timeline).queryByTestId('timeline-next')).not.toBeInTheDocument();
    expect(screen.queryByTestId('cancel-order')).not.toBeInTheDocument();
    expect(screen.getByTestId('order-payment')).toHaveTextContent('Refunded');
    expect(screen.getByTestId('order-cancelled-reason')).toHaveTextContent('By you');
    expect(await screen.findByText('Order DG-1001 is cancelled and $143.98 refunded.')).toBeInTheDocument();
  });

  it('keeping the order does not cancel it', async () => {
    const api = ordersApi([order({ status: 'pending', status_history: [{ status: 'pending', at: '2025-03-04T14:05:00.000Z' }] })]);
    const { user } = renderApp('/orders/o-1', signedIn);
    await user.click(await screen.findByTestId('cancel-order'));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('Nothing has been charged for it.');
    await user.click(within(dialog).getByText('Keep order'));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.requestsTo('/orders/o-1/cancel')).toHaveLength(0);
    expect(screen.getAllByTestId('order-status')[0]).toHaveTextContent('Awaiting payment');
  });

  it('shows why the API refused to cancel (409 INVALID_STATE), and offers no Cancel once shipped', async () => {
    const placed = order();
    const api = ordersApi([placed]);
    const { user } = renderApp('/orders/o-1', signedIn);
    await user.click(await screen.findByTestId('cancel-order'));
    // Meanwhile the warehouse shipped it.
    api.on('POST /orders/:id/cancel', { status: 409, body: errorBody('INVALID_STATE', 'Order DG-1001 is shipped and can no longer be cancelled') });
    api.on('GET /orders/:id', {
      body: { data: { ...placed, status: 'shipped', status_history: [...placed.status_history, { status: 'shipped', at: '2025-03-05T08:00:00.000Z' }] } },
    });
    await user.click(within(await screen.findByRole('dialog')).getByTestId('cancel-order-confirm'));

    expect(await screen.findByTestId('cancel-order-error')).toHaveTextContent('Order DG-1001 is shipped and can no longer be cancelled');
    await waitFor(() => expect(screen.getAllByTestId('order-status')[0]).toHaveTextContent('Shipped'));
    expect(screen.queryByTestId('cancel-order')).not.toBeInTheDocument();
  });

  it('says so for an order that is not the customer’s (404)', async () => {
    ordersApi([]);
    renderApp('/orders/someone-elses', signedIn);
    expect(await screen.findByText('Order not found')).toBeInTheDocument();
    expect(screen.getByText('See your orders').closest('a')).toHaveAttribute('href', '/account/orders');
  });
});
