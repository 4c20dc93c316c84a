import { screen, waitFor, within } from '@testing-library/react';
import type { AdminOrderDto, ChangeOrderStatusRequest } from '@devgear/contracts';
import { admin, shellRoutes, storedSession } from '@/testing/auth-fixtures';
import { adminOrder, listOf } from '@/testing/admin-fixtures';
import { errorBody, installFakeApi, type FakeApi } from '@/testing/fake-api';
import { renderApp } from '@/testing/render-app';

function api() {
  return installFakeApi({ ...shellRoutes, 'GET /me': { body: { data: admin } } });
}

const actionButtons = () => screen.queryAllByTestId(/^order-action-/).map((b) => b.textContent);

/** A server-side order that moves along the machine as PATCHed (or answers `refuse`). */
function serveOrder(fake: FakeApi, start: AdminOrderDto, refuse?: { status: number; body: unknown }) {
  let order = start;
  fake.on('GET /admin/orders/:id', () => ({ body: { data: order } }));
  fake.on('PATCH /admin/orders/:id/status', (req) => {
    if (refuse) return refuse;
    const { status, carrier, tracking_number } = req.body as ChangeOrderStatusRequest;
    const next = status === 'cancelled' && order.status === 'paid' ? 'refunded' : status;
    order = {
      ...order,
      status: next,
      shipment: carrier && tracking_number ? { carrier, tracking_number } : order.shipment,
      status_history: [...order.status_history, { status: next, at: '2026-11-02T09:00:00.000Z' }],
    };
    return { body: { data: order } };
  });
  return () => order;
}

describe('admin orders list', () => {
  it('lists orders with the status filter, search and page in the URL', async () => {
    const shipped = adminOrder({ id: 'o-2', number: 'DG-100043', status: 'shipped', customer_email: 'linus@example.com' });
    const fake = api().on('GET /admin/orders', (req) => {
      if (req.query.q) return { body: listOf([shipped]) };
      if (req.query.status === 'shipped') return { body: listOf([shipped]) };
      return { body: listOf([adminOrder(), shipped], { total: 45, page: Number(req.query.page ?? 1) }) };
    });
    const { user, search } = renderApp('/admin/orders', { session: storedSession(admin) });

    await waitFor(() => expect(screen.getAllByTestId('order-link')).toHaveLength(2));
    expect(screen.getByTestId('orders-total')).toHaveTextContent('45 orders');
    const first = screen.getAllByTestId('order-link')[0].closest('tr') as HTMLElement;
    expect(first).toHaveTextContent('DG-100042');
    expect(first).toHaveTextContent('ada@example.com');
    expect(within(first).getByTestId('order-status')).toHaveTextContent('Paid');
    expect(within(first).getByTestId('order-total')).toHaveTextContent('$259.98');
    expect(screen.getAllByTestId('order-link')[0]).toHaveAttribute('href', '/admin/orders/o-1');

    await user.click(screen.getByTitle('2'));
    await waitFor(() => expect(search().get('page')).toBe('2'));
    await waitFor(() => expect(fake.lastRequestTo('/admin/orders')?.query).toEqual({ page: '2', per_page: '20' }));

    await user.click(within(screen.getByTestId('orders-status-filter')).getByRole('combobox'));
    const options = await waitFor(() => {
      const open = document.querySelector('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
      expect(open).not.toBeNull();
      return open as HTMLElement;
    });
    await user.click(within(options).getByTitle('Shipped'));
    await waitFor(() => expect(search().get('status')).toBe('shipped'));
    expect(search().get('page')).toBeNull();
    await waitFor(() => expect(screen.getAllByTestId('order-link')).toHaveLength(1));
    expect(fake.lastRequestTo('/admin/orders')?.query).toEqual({ status: 'shipped', page: '1', per_page: '20' });

    await user.type(screen.getByPlaceholderText('Order number or customer email'), 'linus{Enter}');
    await waitFor(() => expect(search().get('q')).toBe('linus'));
    await waitFor(() => expect(fake.lastRequestTo('/admin/orders')?.query).toEqual({ status: 'shipped', q: 'linus', page: '1', per_page: '20' }));
  });

  it('filters the checkout attempts whose payment failed, which the default list leaves out, and offers no action on them', async () => {
    const failed = adminOrder({ id: 'o-9', number: 'DG-100099', status: 'payment_failed', cancellation_reason: 'payment_declined' });
    const fake = api().on('GET /admin/orders', (req) => ({ body: listOf(req.query.status === 'payment_failed' ? [failed] : [adminOrder()]) }));
    serveOrder(fake, failed);
    const { user, search } = renderApp('/admin/orders', { session: storedSession(admin) });
    await waitFor(() => expect(screen.getAllByTestId('order-link')).toHaveLength(1));
    expect(fake.lastRequestTo('/admin/orders')?.query).not.toHaveProperty('status');

    await user.click(within(screen.getByTestId('orders-status-filter')).getByRole('combobox'));
    const options = await waitFor(() => {
      const open = document.querySelector('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
      expect(open).not.toBeNull();
      return open as HTMLElement;
    });
    await user.click(within(options).getByTitle('Payment failed'));
    await waitFor(() => expect(search().get('status')).toBe('payment_failed'));
    await waitFor(() => expect(screen.getByTestId('order-link')).toHaveTextContent('DG-100099'));
    expect(within(screen.getByTestId('order-link').closest('tr') as HTMLElement).getByTestId('order-status')).toHaveTextContent('Payment failed');

    await user.click(screen.getByTestId('order-link'));
    await waitFor(() => expect(screen.getAllByTestId('order-status')[0]).toHaveTextContent('Payment failed'));
    expect(actionButtons()).toEqual([]);
  });

  it('says when nothing matches', async () => {
    api().on('GET /admin/orders', { body: listOf([]) });
    renderApp('/admin/orders?q=nobody', { session: storedSession(admin) });
    expect(await screen.findByText('No orders match these filters.')).toBeInTheDocument();
  });
});

describe('admin order detail', () => {
  it('shows the order and offers only what the machine allows from paid, then packs it', async () => {
    const fake = api();
    serveOrder(fake, adminOrder());
    const { user } = renderApp('/admin/orders/o-1', { session: storedSession(admin) });

    const page = await screen.findByTestId('admin-order');
    expect(page).toHaveTextContent('Order DG-100042');
    expect(screen.getAllByTestId('order-item-name')[0]).toHaveTextContent('Mechanical Keyboard TKL');
    expect(screen.getByTestId('order-total')).toHaveTextContent('$259.98');
    expect(screen.getByTestId('order-customer-email')).toHaveTextContent('ada@example.com');
    // The customer by name too, both linking to them in the user list.
    const name = screen.getByTestId('order-customer-name');
    expect(name).toHaveTextContent('Ada Lovelace');
    expect(within(name).getByRole('link', { name: 'Ada Lovelace' })).toHaveAttribute('href', '/admin/users?q=ada%40example.com');
    expect(screen.getByTestId('order-address')).toHaveTextContent('12 St James Square');
    expect(screen.getByTestId('order-address-phone')).toHaveTextContent('Phone: +44 20 7946 0018');
    expect(screen.getByTestId('payment-status')).toHaveTextContent('Succeeded');
    expect(screen.getByTestId('order-shipment')).toHaveTextContent('Not shipped yet.');
    expect(screen.getAllByTestId('timeline-status').map((s) => s.textContent)).toEqual(['Order placed', 'Paid']);
    expect(actionButtons()).toEqual(['Mark packed', 'Cancel and refund']);

    await user.click(screen.getByTestId('order-action-pack'));
    await waitFor(() => expect(fake.requestsTo('/admin/orders/o-1/status')).toHaveLength(1));
    expect(fake.requestsTo('/admin/orders/o-1/status')[0].body).toEqual({ status: 'packed' });
    expect(await screen.findByText('Order DG-100042 is marked packed.')).toBeInTheDocument();
    await waitFor(() => expect(actionButtons()).toEqual(['Mark shipped']));
    expect(within(page).getAllByTestId('order-status')[0]).toHaveTextContent('Packed');
  });

  it('ships a packed order with the carrier and tracking number the admin types', async () => {
    const fake = api();
    serveOrder(fake, adminOrder({ status: 'packed' }));
    const { user } = renderApp('/admin/orders/o-1', { session: storedSession(admin) });
    await screen.findByTestId('admin-order');
    expect(actionButtons()).toEqual(['Mark shipped']);

    await user.click(screen.getByTestId('order-action-ship'));
    const dialog = await screen.findByTestId('ship-modal');
    await user.click(screen.getByTestId('ship-submit'));
    expect(await screen.findByTestId('field-error-carrier')).toHaveTextContent('Carrier is required');
    expect(screen.getByTestId('field-error-tracking_number')).toHaveTextContent('Tracking number is required');
    expect(fake.requestsTo('/admin/orders/o-1/status')).toHaveLength(0);

    await user.type(within(dialog).getByLabelText('Carrier'), 'UPS');
    await user.type(within(dialog).getByLabelText('Tracking number'), '1Z999AA10123456784');
    await user.click(screen.getByTestId('ship-submit'));
    await waitFor(() => expect(fake.requestsTo('/admin/orders/o-1/status')).toHaveLength(1));
    expect(fake.requestsTo('/admin/orders/o-1/status')[0].body).toEqual({ status: 'shipped', carrier: 'UPS', tracking_number: '1Z999AA10123456784' });
    expect(await screen.findByTestId('shipment-carrier')).toHaveTextContent('UPS');
    expect(screen.getByTestId('shipment-tracking')).toHaveTextContent('1Z999AA10123456784');
    await waitFor(() => expect(actionButtons()).toEqual(['Mark delivered']));
  });

  it('cancels a paid order with a refund only after confirming', async () => {
    const fake = api();
    serveOrder(fake, adminOrder());
    const { user } = renderApp('/admin/orders/o-1', { session: storedSession(admin) });
    await screen.findByTestId('admin-order');

    await user.click(screen.getByTestId('order-action-cancel'));
    expect(await screen.findByRole('dialog')).toHaveTextContent('Cancel order DG-100042 and refund $259.98?');
    expect(fake.requestsTo('/admin/orders/o-1/status')).toHaveLength(0);
    await user.click(screen.getByTestId('cancel-confirm'));
    await waitFor(() => expect(fake.requestsTo('/admin/orders/o-1/status')).toHaveLength(1));
    expect(fake.requestsTo('/admin/orders/o-1/status')[0].body).toEqual({ status: 'cancelled' });
    expect(await screen.findByText('Order DG-100042 is cancelled and $259.98 refunded.')).toBeInTheDocument();
    await waitFor(() => expect(actionButtons()).toEqual([]));
    expect(screen.getAllByTestId('order-status')[0]).toHaveTextContent('Refunded');
  });

  it('offers nothing once an order is delivered, refunded or cancelled', async () => {
    for (const status of ['delivered', 'refunded', 'cancelled'] as const) {
      const fake = api();
      serveOrder(fake, adminOrder({ status }));
      const { unmount } = renderApp('/admin/orders/o-1', { session: storedSession(admin) });
      await screen.findByTestId('admin-order');
      expect(screen.getByTestId('order-actions')).toBeEmptyDOMElement();
      unmount();
    }
  });

  it('shows the API’s refusal and reloads the order', async () => {
    const fake = api();
    serveOrder(fake, adminOrder({ status: 'shipped' }), {
      status: 409,
      body: errorBody('INVALID_STATE', 'Order DG-100042 cannot go from delivered to delivered'),
    });
    const { user } = renderApp('/admin/orders/o-1', { session: storedSession(admin) });
    await screen.findByTestId('admin-order');
    await user.click(screen.getByTestId('order-action-deliver'));
    const problem = await screen.findByTestId('order-action-error');
    expect(problem).toHaveTextContent('The order was not changed');
    expect(problem).toHaveTextContent('Order DG-100042 cannot go from delivered to delivered');
    await waitFor(() => expect(fake.requestsTo('/admin/orders/o-1')).toHaveLength(2));
  });

  it('says when there is no such order', async () => {
    api().on('GET /admin/orders/:id', { status: 404, body: errorBody('NOT_FOUND', 'Order not found') });
    renderApp('/admin/orders/nope', { session: storedSession(admin) });
    expect(await screen.findByTestId('api-error')).toHaveTextContent('There is no such order');
  });
});
