import { screen, waitFor, within } from '@testing-library/react';
import type { ListEnvelope, UserDto } from '@devgear/contracts';
import { emptyAnalytics } from '@/testing/admin-fixtures';
import { admin, customer, shellRoutes, storedSession, user as makeUser } from '@/testing/auth-fixtures';
import { errorBody, installFakeApi } from '@/testing/fake-api';
import { renderApp } from '@/testing/render-app';

function usersPage(users: UserDto[], meta: Partial<ListEnvelope<UserDto>['meta']> = {}): ListEnvelope<UserDto> {
  const page = meta.page ?? 1;
  const perPage = meta.per_page ?? 20;
  const total = meta.total ?? users.length;
  return { data: users, meta: { page, per_page: perPage, total, has_next: page * perPage < total }, links: { self: '/api/v1/admin/users', next: null, prev: null } };
}

function api(me: UserDto) {
  return installFakeApi({ ...shellRoutes, 'GET /me': { body: { data: me } }, 'POST /auth/logout': { status: 204 } });
}

describe('header account menu', () => {
  it('offers the admin area to admins', async () => {
    const fake = api(admin);
    fake.on('GET /admin/analytics', { body: { data: emptyAnalytics() } });
    const { user, location } = renderApp('/account', { session: storedSession(admin) });
    await user.click(await screen.findByTestId('account-menu'));
    expect(await screen.findByTestId('menu-account')).toBeInTheDocument();
    expect(screen.getByTestId('account-menu-email')).toHaveTextContent('grace@example.com');
    await user.click(screen.getByTestId('menu-admin'));
    await waitFor(() => expect(location().pathname).toBe('/admin'));
    expect(await screen.findByTestId('admin-dashboard')).toBeInTheDocument();
  });

  it('does not offer it to customers, who get a 403 page if they go there anyway', async () => {
    api(customer);
    const { user, location } = renderApp('/account/security', { session: storedSession(customer) });
    expect(await screen.findByTestId('account-menu-name')).toHaveTextContent('Ada');
    await user.click(await screen.findByTestId('account-menu'));
    expect(await screen.findByTestId('menu-account')).toBeInTheDocument();
    expect(screen.getByTestId('menu-sign-out')).toBeInTheDocument();
    expect(screen.queryByTestId('menu-admin')).not.toBeInTheDocument();

    await user.click(screen.getByTestId('menu-account'));
    await waitFor(() => expect(location().pathname).toBe('/account'));
    await screen.findByTestId('account-page');
  });

  it('shows the role from /me, not a stale one saved in the browser', async () => {
    // Saved as an admin, demoted since: the menu follows the server.
    api(customer);
    const { user, store } = renderApp('/account/security', { session: storedSession({ ...customer, role: 'admin' }) });
    await waitFor(() => expect(store.getState().session.user?.role).toBe('customer'));
    await user.click(await screen.findByTestId('account-menu'));
    await screen.findByTestId('menu-account');
    expect(screen.queryByTestId('menu-admin')).not.toBeInTheDocument();
  });

  it('signs out: the session is forgotten and revoked on the server', async () => {
    const fake = api(customer);
    const { user, store, location } = renderApp('/account', { session: storedSession(customer) });
    await user.click(await screen.findByTestId('account-menu'));
    await user.click(await screen.findByTestId('menu-sign-out'));
    expect(await screen.findByTestId('sign-in-link')).toBeInTheDocument();
    await waitFor(() => expect(location().pathname).toBe('/'));
    expect(store.getState().session.user).toBeNull();
    expect(window.localStorage.getItem('devgear.session')).toBeNull();
    await waitFor(() => expect(fake.requestsTo('/auth/logout')).toHaveLength(1));
    expect(fake.requestsTo('/auth/logout')[0].body).toEqual({ refresh_token: 'refresh-u-ada' });
  });
});

describe('admin area', () => {
  it('is for admins only: customers see "not allowed"', async () => {
    const fake = api(customer);
    renderApp('/admin/users', { session: storedSession(customer) });
    expect(await screen.findByTestId('forbidden')).toHaveTextContent('You are not allowed here');
    expect(fake.requestsTo('/admin/users')).toHaveLength(0);
  });

  it.each(['/admin', '/admin/orders', '/admin/orders/o-1', '/admin/discounts'])('keeps customers out of %s', async (url) => {
    const fake = api(customer);
    renderApp(url, { session: storedSession(customer) });
    expect(await screen.findByTestId('forbidden')).toHaveTextContent('You are not allowed here');
    expect(fake.requests.filter((r) => r.path.startsWith('/admin'))).toHaveLength(0);
  });

  it('sends signed-out visitors to sign in first', async () => {
    installFakeApi(shellRoutes);
    const { location } = renderApp('/admin');
    await waitFor(() => expect(location().pathname).toBe('/sign-in'));
    expect(location().search).toBe(`?next=${encodeURIComponent('/admin')}`);
  });

  it('lists users with search and pages in the URL', async () => {
    const fake = api(admin);
    fake.on('GET /admin/users', (req) =>
      req.query.q
        ? { body: usersPage([customer], { total: 1 }) }
        : { body: usersPage([admin, customer], { total: 45, page: Number(req.query.page ?? 1) }) },
    );
    const { user, search } = renderApp('/admin/users', { session: storedSession(admin) });
    await waitFor(() => expect(screen.getAllByTestId('user-name')).toHaveLength(2));
    expect(screen.getByTestId('users-total')).toHaveTextContent('45 users');
    expect(within(screen.getAllByTestId('user-name')[0]).getByTestId('user-you')).toBeInTheDocument();

    await user.click(screen.getByTitle('2'));
    await waitFor(() => expect(search().get('page')).toBe('2'));
    await waitFor(() => expect(fake.lastRequestTo('/admin/users')?.query).toEqual({ page: '2', per_page: '20' }));

    await user.type(screen.getByPlaceholderText('Search by name or email'), 'ada{Enter}');
    await waitFor(() => expect(search().get('q')).toBe('ada'));
    expect(search().get('page')).toBeNull();
    await waitFor(() => expect(screen.getAllByTestId('user-name')).toHaveLength(1));
    expect(fake.lastRequestTo('/admin/users')?.query).toEqual({ q: 'ada', page: '1', per_page: '20' });
  });

  it('changes a role after confirming, and explains why the last admin cannot be demoted', async () => {
    const other = makeUser({ id: 'u-linus', email: 'linus@example.com', first_name: 'Linus', last_name: 'T', role: 'customer' });
    const fake = api(admin);
    let users = [admin, other];
    fake.on('GET /admin/users', () => ({ body: usersPage(users) }));
    fake.on('PATCH /admin/users/:id', (req, { id }) => {
      const { role } = req.body as { role: UserDto['role'] };
      if (id === admin.id) {
        return { status: 409, body: errorBody('INVALID_STATE', 'The store needs at least one admin: make someone else an admin first') };
      }
      users = users.map((u) => (u.id === id ? { ...u, role } : u));
      return { body: { data: users.find((u) => u.id === id) } };
    });
    const { user } = renderApp('/admin/users', { session: storedSession(admin) });
    await waitFor(() => expect(screen.getAllByTestId('role-select')).toHaveLength(2));

    const chooseRole = async (row: number, label: string) => {
      await user.click(within(screen.getAllByTestId('role-select')[row]).getByRole('combobox'));
      const options = await waitFor(() => {
        const open = document.querySelector('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
        expect(open).not.toBeNull();
        return open as HTMLElement;
      });
      await user.click(within(options).getByTitle(label));
    };

    await chooseRole(1, 'Admin');
    expect(await screen.findByRole('dialog')).toHaveTextContent('Make Linus T an admin?');
    expect(fake.requestsTo('/admin/users/u-linus')).toHaveLength(0);
    await user.click(screen.getByTestId('role-confirm'));
    await waitFor(() => expect(fake.requestsTo('/admin/users/u-linus')).toHaveLength(1));
    expect(fake.requestsTo('/admin/users/u-linus')[0].body).toEqual({ role: 'admin' });
    await waitFor(() => expect(within(screen.getAllByTestId('role-select')[1]).getByText('Admin')).toBeInTheDocument());

    await chooseRole(0, 'Customer');
    await waitFor(() => expect(screen.getByRole('dialog')).toHaveTextContent('Make Grace Hopper a customer?'));
    await user.click(await screen.findByTestId('role-confirm'));
    const problem = await screen.findByTestId('role-error');
    expect(problem).toHaveTextContent('The role was not changed');
    expect(problem).toHaveTextContent('The store needs at least one admin: make someone else an admin first');
    expect(within(screen.getAllByTestId('role-select')[0]).getByText('Admin')).toBeInTheDocument();
  });
});
