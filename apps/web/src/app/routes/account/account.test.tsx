import { screen, waitFor, within } from '@testing-library/react';
import type { AddressDto } from '@devgear/contracts';
import { SESSION_STORAGE_KEY } from '@/lib/session-storage';
import { address, customer, sessionBody, shellRoutes, storedSession } from '@/testing/auth-fixtures';
import { errorBody, installFakeApi } from '@/testing/fake-api';
import { renderApp } from '@/testing/render-app';

/** /me and an in-memory address book behind /me/addresses. */
function accountApi(initial: AddressDto[] = []) {
  let book = [...initial];
  let seq = 0;
  const api = installFakeApi({
    ...shellRoutes,
    'GET /me': { body: { data: customer } },
    'GET /me/addresses': () => ({ body: { data: book } }),
    'POST /me/addresses': (req) => {
      const body = req.body as Omit<AddressDto, 'id' | 'created_at'>;
      const created: AddressDto = {
        ...body,
        id: `a-new-${++seq}`,
        is_default_shipping: book.length === 0 || body.is_default_shipping === true,
        created_at: '2025-02-01T00:00:00.000Z',
      };
      if (created.is_default_shipping) book = book.map((a) => ({ ...a, is_default_shipping: false }));
      book.push(created);
      return { status: 201, body: { data: created } };
    },
    'PATCH /me/addresses/:id': (req, { id }) => {
      const changes = req.body as Partial<AddressDto>;
      if (changes.is_default_shipping) book = book.map((a) => ({ ...a, is_default_shipping: false }));
      book = book.map((a) => (a.id === id ? { ...a, ...changes, is_default_shipping: a.is_default_shipping || changes.is_default_shipping === true } : a));
      return { body: { data: book.find((a) => a.id === id) } };
    },
    'DELETE /me/addresses/:id': (_req, { id }) => {
      book = book.filter((a) => a.id !== id);
      return { status: 204 };
    },
  });
  return api;
}

describe('protected pages', () => {
  it('send a signed-out visitor to sign in, and back to the page afterwards', async () => {
    const api = accountApi([address()]);
    api.on('POST /auth/login', { body: sessionBody(customer) });
    const { user, location } = renderApp('/account/addresses');

    await waitFor(() => expect(location().pathname).toBe('/sign-in'));
    expect(location().search).toBe(`?next=${encodeURIComponent('/account/addresses')}`);
    expect(api.requestsTo('/me/addresses')).toHaveLength(0);

    await user.type(await screen.findByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'correct horse');
    await user.click(screen.getByTestId('sign-in-submit'));

    await waitFor(() => expect(location().pathname).toBe('/account/addresses'));
    expect(await screen.findByTestId('address-card')).toHaveTextContent('12 St James Square');
    expect(api.requestsTo('/me/addresses')[0].headers.authorization).toBe('Bearer access-u-ada');
  });

  it('ignore a ?next= that leads off the site', async () => {
    const api = accountApi();
    api.on('POST /auth/login', { body: sessionBody(customer) });
    const { user, location } = renderApp('/sign-in?next=//evil.example/phish');
    await user.type(await screen.findByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'correct horse');
    await user.click(screen.getByTestId('sign-in-submit'));
    await waitFor(() => expect(location().pathname).toBe('/'));
  });

  it('stay open after a reload: the session is read back from storage', async () => {
    accountApi();
    window.localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(storedSession(customer)));
    const { location } = renderApp('/account');
    expect(await screen.findByTestId('account-page')).toBeInTheDocument();
    expect(location().pathname).toBe('/account');
    expect(await screen.findByTestId('account-menu-name')).toHaveTextContent('Ada');
  });

  it('send the user to sign in with a message when the session cannot be renewed', async () => {
    const api = accountApi([address()]);
    api.on('GET /me', { status: 401, body: errorBody('UNAUTHENTICATED', 'The access token has expired') });
    api.on('GET /me/addresses', { status: 401, body: errorBody('UNAUTHENTICATED', 'The access token has expired') });
    api.on('POST /auth/refresh', { status: 401, body: errorBody('UNAUTHENTICATED', 'Invalid or expired refresh token') });
    const { location, store } = renderApp('/account/addresses', { session: storedSession(customer) });

    await waitFor(() => expect(location().pathname).toBe('/sign-in'));
    expect(location().search).toBe(`?next=${encodeURIComponent('/account/addresses')}`);
    expect(await screen.findByTestId('sign-in-notice')).toHaveTextContent('Your session has ended. Please sign in again.');
    expect(api.requestsTo('/auth/refresh')).toHaveLength(1);
    expect(store.getState().session.user).toBeNull();
    expect(screen.getByTestId('sign-in-link')).toBeInTheDocument();
  });
});

describe('address book', () => {
  it('adds an address in a dialog, with the API naming a bad field', async () => {
    const api = accountApi([address()]);
    // The API's own check of the postal code (the form's schema accepts it).
    api.on('POST /me/addresses', {
      status: 400,
      body: errorBody('VALIDATION_ERROR', 'Invalid address', { postal_code: ['is not a valid postal code for US'] }),
    });
    const { user } = renderApp('/account/addresses', { session: storedSession(customer) });
    await user.click(await screen.findByTestId('address-add'));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByTestId('address-submit'));
    expect(await within(dialog).findByTestId('field-error-name')).toHaveTextContent('Full name is required');
    expect(within(dialog).getByTestId('field-error-country')).toHaveTextContent('Country is required');

    await user.type(within(dialog).getByLabelText('Label'), 'Office');
    await user.type(within(dialog).getByLabelText('Full name'), 'Ada Lovelace');
    await user.type(within(dialog).getByLabelText('Address line 1'), '1 Infinite Loop');
    await user.type(within(dialog).getByLabelText('City'), 'Cupertino');
    await user.type(within(dialog).getByLabelText('State / region'), 'CA');
    await user.type(within(dialog).getByLabelText('Postal code'), '0');
    await user.selectOptions(within(dialog).getByLabelText('Country'), 'United States');
    await user.type(within(dialog).getByLabelText('Phone'), '+1 408 555 0100');
    await user.click(within(dialog).getByTestId('address-submit'));
    expect(await within(dialog).findByTestId('field-error-postal_code')).toHaveTextContent('Postal code is not a valid postal code for US');

    accountApi([address()]);
    await user.clear(within(dialog).getByLabelText('Postal code'));
    await user.type(within(dialog).getByLabelText('Postal code'), '95014');
    await user.click(within(dialog).getByLabelText('Use as my default shipping address'));
    await user.click(within(dialog).getByTestId('address-submit'));

    await waitFor(() => expect(screen.getAllByTestId('address-card')).toHaveLength(2));
    const [home, office] = screen.getAllByTestId('address-card');
    expect(office).toHaveTextContent('Office');
    expect(office).toHaveTextContent('Cupertino, CA, 95014');
    expect(within(office).getByTestId('default-badge')).toBeInTheDocument();
    expect(within(home).queryByTestId('default-badge')).not.toBeInTheDocument();
  });

  it('edits an address and sends the fields as the API expects', async () => {
    const api = accountApi([address(), address({ id: 'a-work', label: 'Work', line1: '5 Fleet Street', is_default_shipping: false })]);
    const { user } = renderApp('/account/addresses', { session: storedSession(customer) });
    const work = (await screen.findAllByTestId('address-card'))[1];
    await user.click(within(work).getByTestId('address-edit'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByLabelText('Address line 1')).toHaveValue('5 Fleet Street');
    await user.clear(within(dialog).getByLabelText('Address line 1'));
    await user.type(within(dialog).getByLabelText('Address line 1'), '221B Baker Street');
    await user.click(within(dialog).getByTestId('address-submit'));

    await waitFor(() => expect(screen.getAllByTestId('address-card')[1]).toHaveTextContent('221B Baker Street'));
    expect(api.lastRequestTo('/me/addresses/a-work')?.body).toEqual({
      label: 'Work',
      name: 'Ada Lovelace',
      line1: '221B Baker Street',
      line2: null,
      city: 'London',
      state: null,
      postal_code: 'SW1Y 4JH',
      country: 'GB',
      phone: null,
    });
  });

  it('makes another address the default and deletes one after confirming', async () => {
    const api = accountApi([address(), address({ id: 'a-work', label: 'Work', is_default_shipping: false })]);
    const { user } = renderApp('/account/addresses', { session: storedSession(customer) });
    const work = (await screen.findAllByTestId('address-card'))[1];
    await user.click(within(work).getByTestId('address-make-default'));
    await waitFor(() => expect(within(screen.getAllByTestId('address-card')[1]).getByTestId('default-badge')).toBeInTheDocument());
    expect(api.lastRequestTo('/me/addresses/a-work')?.body).toEqual({ is_default_shipping: true });

    await user.click(within(screen.getAllByTestId('address-card')[0]).getByTestId('address-delete'));
    await user.click(await screen.findByTestId('address-delete-confirm'));
    await waitFor(() => expect(screen.getAllByTestId('address-card')).toHaveLength(1));
    expect(api.requestsTo('/me/addresses/a-home').map((r) => r.method)).toEqual(['DELETE']);
  });
});

describe('profile and security', () => {
  it('saves new names and shows them in the header', async () => {
    const api = accountApi();
    api.on('PATCH /me', (req) => ({ body: { data: { ...customer, ...(req.body as object) } } }));
    const { user } = renderApp('/account', { session: storedSession(customer) });
    const first = await screen.findByLabelText('First name');
    await waitFor(() => expect(first).toHaveValue('Ada'));
    await user.clear(first);
    await user.type(first, 'Augusta Ada');
    await user.click(screen.getByTestId('profile-submit'));
    await waitFor(() => expect(screen.getByTestId('account-menu-name')).toHaveTextContent('Augusta Ada'));
    expect(api.lastRequestTo('/me')?.body).toEqual({ first_name: 'Augusta Ada', last_name: 'Lovelace' });
  });

  it('changes the password: a wrong current one shows on its field, success keeps the new session', async () => {
    const api = accountApi();
    api.on('PUT /me/password', {
      status: 400,
      body: errorBody('VALIDATION_ERROR', 'Password not changed', { current_password: ['is incorrect'] }),
    });
    const { user, store } = renderApp('/account/security', { session: storedSession(customer) });
    await user.type(await screen.findByLabelText('Current password'), 'not it');
    await user.type(screen.getByLabelText('New password'), 'a much better secret');
    await user.type(screen.getByLabelText('Confirm new password'), 'a much better secret');
    await user.click(screen.getByTestId('change-password-submit'));
    expect(await screen.findByTestId('field-error-current_password')).toHaveTextContent('Current password is incorrect');
    // Not a 401: the session stays and nothing was refreshed.
    expect(store.getState().session.user).not.toBeNull();
    expect(api.requestsTo('/auth/refresh')).toHaveLength(0);

    api.on('PUT /me/password', { body: sessionBody(customer, 'access-after-change', 'refresh-after-change') });
    await user.clear(screen.getByLabelText('Current password'));
    await user.type(screen.getByLabelText('Current password'), 'the real one');
    await user.click(screen.getByTestId('change-password-submit'));
    await waitFor(() => expect(store.getState().session.refreshToken).toBe('refresh-after-change'));
    expect(api.lastRequestTo('/me/password')?.body).toEqual({ current_password: 'the real one', new_password: 'a much better secret' });
    await waitFor(() => expect(screen.getByLabelText('Current password')).toHaveValue(''));
  });
});
