import { screen, waitFor, within } from '@testing-library/react';
import { admin, customer, shellRoutes, storedSession } from '@/testing/auth-fixtures';
import { errorBody, installFakeApi } from '@/testing/fake-api';
import { adminProduct, adminProductsPage, adminVariant } from '@/testing/product-admin-fixtures';
import { renderApp } from '@/testing/render-app';

const keyboard = adminProduct();
const mouse = adminProduct({
  id: 'p-mouse',
  slug: 'mx-master-3s',
  name: 'MX Master 3S',
  brand: 'Logitech',
  images: [],
  updated_at: '2026-11-03T08:00:00.000Z',
  variants: [adminVariant({ id: 'v-mx-black', sku: 'MX3S-BLK', available: 3, options: { color: 'black' } }), adminVariant({ id: 'v-mx-white', sku: 'MX3S-WHT', available: 9, options: { color: 'white' } })],
});
const cable = adminProduct({
  id: 'p-cable',
  slug: 'usb-c-cable',
  name: 'Braided USB-C cable',
  brand: 'Anker',
  updated_at: '2026-10-20T08:00:00.000Z',
  variants: [adminVariant({ id: 'v-cable', sku: 'CABLE-1M', available: 0, price: { amount: 1299, currency: 'USD' } })],
});
const oldHeadset = adminProduct({ id: 'p-old', slug: 'old-headset', name: 'Old headset', brand: 'Sennheiser', archived_at: '2026-09-01T00:00:00.000Z', variants: [adminVariant({ id: 'v-old', sku: 'HS-OLD', available: 7 })] });

function api() {
  const fake = installFakeApi({ ...shellRoutes, 'GET /me': { body: { data: admin } } });
  fake.on('GET /admin/products', (req) => {
    const status = req.query.status ?? 'active';
    const q = (req.query.q ?? '').toLowerCase();
    const all = [mouse, keyboard, cable, oldHeadset];
    const items = all
      .filter((p) => (status === 'all' ? true : status === 'archived' ? p.archived_at !== null : p.archived_at === null))
      .filter((p) => !q || p.name.toLowerCase().includes(q) || p.brand.toLowerCase().includes(q) || p.variants.some((v) => v.sku.toLowerCase().includes(q)));
    return { body: adminProductsPage(items, { page: Number(req.query.page ?? 1), total: req.query.page === '2' ? 45 : Math.max(items.length, q || status !== 'active' ? 0 : 45) }) };
  });
  return fake;
}

const names = () => screen.getAllByTestId('product-link').map((el) => el.textContent);
const rowOf = (name: string) => screen.getByText(name).closest('tr') as HTMLElement;

describe('admin products list', () => {
  it('lists the active products with their price, stock state and a link to edit each', async () => {
    const fake = api();
    const { user, location } = renderApp('/admin/products', { session: storedSession(admin) });
    await waitFor(() => expect(names()).toEqual(['MX Master 3S', 'Keychron K2 Wireless', 'Braided USB-C cable']));
    expect(fake.lastRequestTo('/admin/products')?.query).toEqual({ status: 'active', page: '1', per_page: '20' });
    expect(screen.getByTestId('products-total')).toHaveTextContent('45 products');

    const k2 = rowOf('Keychron K2 Wireless');
    expect(within(k2).getByText('$79.99 – $84.99')).toBeInTheDocument();
    expect(within(k2).getByTestId('product-total-available')).toHaveTextContent('52');
    expect(within(k2).queryByTestId('product-stock-tag')).not.toBeInTheDocument();
    expect(within(k2).getByTestId('product-status')).toHaveTextContent('Active');

    const mx = rowOf('MX Master 3S');
    expect(within(mx).getByTestId('product-total-available')).toHaveTextContent('12');
    expect(within(mx).getByTestId('product-stock-tag')).toHaveTextContent('Low');
    const usbC = rowOf('Braided USB-C cable');
    expect(within(usbC).getByTestId('product-stock-tag')).toHaveTextContent('Out of stock');
    expect(within(usbC).getByText('$12.99')).toBeInTheDocument();

    // The menu knows where we are; a row leads to its editor.
    expect(screen.getByTestId('admin-nav-products').closest('li')).toHaveClass('ant-menu-item-selected');
    fake.on('GET /admin/products/:id', { body: { data: keyboard } });
    await user.click(within(k2).getByTestId('product-link'));
    await waitFor(() => expect(location().pathname).toBe('/admin/products/p-k2'));
  });

  it('filters by status and search, with the filters and page in the URL', async () => {
    const fake = api();
    const { user, search } = renderApp('/admin/products', { session: storedSession(admin) });
    await waitFor(() => expect(names()).toHaveLength(3));

    await user.click(within(screen.getByTestId('products-status-filter')).getByText('Archived'));
    await waitFor(() => expect(search().get('status')).toBe('archived'));
    await waitFor(() => expect(names()).toEqual(['Old headset']));
    expect(fake.lastRequestTo('/admin/products')?.query).toEqual({ status: 'archived', page: '1', per_page: '20' });
    expect(within(rowOf('Old headset')).getByTestId('product-status')).toHaveTextContent('Archived');

    await user.click(within(screen.getByTestId('products-status-filter')).getByText('All'));
    await waitFor(() => expect(search().get('status')).toBe('all'));
    await user.type(screen.getByPlaceholderText('Name, brand or SKU'), 'mx3s{Enter}');
    await waitFor(() => expect(search().get('q')).toBe('mx3s'));
    await waitFor(() => expect(names()).toEqual(['MX Master 3S']));
    expect(fake.lastRequestTo('/admin/products')?.query).toEqual({ q: 'mx3s', status: 'all', page: '1', per_page: '20' });

    await user.clear(screen.getByPlaceholderText('Name, brand or SKU'));
    await user.type(screen.getByPlaceholderText('Name, brand or SKU'), 'nothing like it{Enter}');
    expect(await screen.findByText('No products match these filters.')).toBeInTheDocument();

    // Back to the default view: status=active is not written in the URL.
    await user.click(within(screen.getByTestId('products-status-filter')).getByText('Active'));
    await waitFor(() => expect(search().get('status')).toBeNull());
  });

  it('sorts the page by name, with the sort in the URL', async () => {
    const fake = api();
    const { user, search } = renderApp('/admin/products?status=all&sort=name', { session: storedSession(admin) });
    // Sorted by name on the page shown.
    await waitFor(() => expect(names()).toEqual(['Braided USB-C cable', 'Keychron K2 Wireless', 'MX Master 3S', 'Old headset']));
    expect(fake.lastRequestTo('/admin/products')?.query).toEqual({ status: 'all', page: '1', per_page: '20' });

    // (antd draws the header twice when the table scrolls sideways)
    await user.click(screen.getAllByText('Product')[0]);
    await waitFor(() => expect(search().get('sort')).toBe('-name'));
    expect(names()).toEqual(['Old headset', 'MX Master 3S', 'Keychron K2 Wireless', 'Braided USB-C cable']);
  });

  it('pages through the catalog', async () => {
    const fake = api();
    const { user, search } = renderApp('/admin/products', { session: storedSession(admin) });
    await waitFor(() => expect(names()).toHaveLength(3));
    await user.click(screen.getByTitle('2'));
    await waitFor(() => expect(search().get('page')).toBe('2'));
    await waitFor(() => expect(fake.lastRequestTo('/admin/products')?.query).toEqual({ status: 'active', page: '2', per_page: '20' }));
  });

  it('offers a new product', async () => {
    api();
    const { user, location } = renderApp('/admin/products', { session: storedSession(admin) });
    await user.click(await screen.findByTestId('new-product'));
    await waitFor(() => expect(location().pathname).toBe('/admin/products/new'));
    expect(await screen.findByTestId('product-editor-title')).toHaveTextContent('New product');
  });

  it('explains a failure and tries again', async () => {
    let calls = 0;
    const fake = installFakeApi({ ...shellRoutes, 'GET /me': { body: { data: admin } } });
    fake.on('GET /admin/products', () => {
      calls += 1;
      return calls === 1 ? { status: 500, body: errorBody('INTERNAL', 'Something went wrong on our side.') } : { body: adminProductsPage([keyboard]) };
    });
    const { user } = renderApp('/admin/products', { session: storedSession(admin) });
    expect(await screen.findByTestId('api-error')).toHaveTextContent('We could not load the products');
    await user.click(screen.getByTestId('retry-button'));
    await waitFor(() => expect(names()).toEqual(['Keychron K2 Wireless']));
  });

  it('is for admins only', async () => {
    const fake = installFakeApi({ ...shellRoutes, 'GET /me': { body: { data: customer } } });
    renderApp('/admin/products', { session: storedSession(customer) });
    expect(await screen.findByTestId('forbidden')).toBeInTheDocument();
    expect(fake.requestsTo('/admin/products')).toHaveLength(0);
  });
});
