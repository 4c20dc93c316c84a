import { screen, waitFor, within } from '@testing-library/react';
import { SESSION_STORAGE_KEY } from '@/lib/session-storage';
import { customer, sessionBody, shellRoutes, storedSession } from '@/testing/auth-fixtures';
import { errorBody, installFakeApi } from '@/testing/fake-api';
import { renderApp } from '@/testing/render-app';

describe('sign in', () => {
  it('checks the fields with the contracts schema before asking the API', async () => {
    const api = installFakeApi(shellRoutes);
    const { user } = renderApp('/sign-in');
    await user.click(await screen.findByTestId('sign-in-submit'));
    expect(await screen.findByTestId('field-error-email')).toHaveTextContent('Email is required');
    expect(screen.getByTestId('field-error-password')).toHaveTextContent('Password is required');

    await user.type(screen.getByLabelText('Email'), 'ada-at-example.com');
    await user.type(screen.getByLabelText('Password'), 'secret');
    await user.click(screen.getByTestId('sign-in-submit'));
    await waitFor(() => expect(screen.getByTestId('field-error-email')).toHaveTextContent('Email must be an email address'));
    expect(screen.queryByTestId('field-error-password')).not.toBeInTheDocument();
    expect(api.requestsTo('/auth/login')).toHaveLength(0);
  });

  it('shows a refused sign-in above the form and stays signed out', async () => {
    installFakeApi({
      ...shellRoutes,
      'POST /auth/login': { status: 401, body: errorBody('UNAUTHENTICATED', 'Invalid email or password') },
    });
    const { user, store } = renderApp('/sign-in');
    await user.type(await screen.findByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'not-my-password');
    await user.click(screen.getByTestId('sign-in-submit'));
    expect(await screen.findByTestId('form-error')).toHaveTextContent('Invalid email or password');
    expect(store.getState().session.user).toBeNull();
    expect(screen.getByTestId('sign-in-link')).toBeInTheDocument();
  });

  it('tells how long to wait when signing in is rate limited', async () => {
    installFakeApi({
      ...shellRoutes,
      'POST /auth/login': {
        status: 429,
        headers: { 'retry-after': '840' },
        body: errorBody('RATE_LIMITED', 'Too many requests; try again in 840 seconds'),
      },
    });
    const { user } = renderApp('/sign-in');
    await user.type(await screen.findByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'correct horse');
    await user.click(screen.getByTestId('sign-in-submit'));
    const alert = await screen.findByTestId('form-error');
    expect(alert).toHaveTextContent('Too many attempts');
    expect(alert).toHaveTextContent('please wait about 14 minutes before trying again');
  });

  it('sends one request however often the button is pressed, and signs in', async () => {
    let release!: () => void;
    const answered = new Promise<void>((r) => {
      release = r;
    });
    const api = installFakeApi({
      ...shellRoutes,
      'POST /auth/login': async () => {
        await answered;
        return { body: sessionBody(customer) };
      },
      'GET /me': { body: { data: customer } },
    });
    const { user, location } = renderApp('/sign-in');
    await user.type(await screen.findByLabelText('Email'), ' Ada@Example.com ');
    await user.type(screen.getByLabelText('Password'), 'correct horse');
    await user.click(screen.getByTestId('sign-in-submit'));
    await waitFor(() => expect(screen.getByTestId('sign-in-submit')).toHaveAttribute('aria-busy', 'true'));
    await user.click(screen.getByTestId('sign-in-submit'));
    await user.type(screen.getByLabelText('Password'), '{Enter}');
    release();

    expect(await screen.findByTestId('account-menu-name')).toHaveTextContent('Ada');
    expect(api.requestsTo('/auth/login')).toHaveLength(1);
    // The schema trims the email; the password is sent as typed.
    expect(api.requestsTo('/auth/login')[0].body).toEqual({ email: 'Ada@Example.com', password: 'correct horse' });
    await waitFor(() => expect(location().pathname).toBe('/'));
    // Saved for the next visit.
    expect(JSON.parse(window.localStorage.getItem(SESSION_STORAGE_KEY)!)).toMatchObject({ refreshToken: 'refresh-u-ada' });
  });

  it('links to the password reset page', async () => {
    installFakeApi(shellRoutes);
    const { user, location } = renderApp('/sign-in');
    await user.click(await screen.findByTestId('forgot-password-link'));
    await waitFor(() => expect(location().pathname).toBe('/forgot-password'));
  });
});

describe('sign up', () => {
  it('shows a taken email on the email field, as the API names it', async () => {
    const api = installFakeApi({
      ...shellRoutes,
      'POST /auth/register': {
        status: 409,
        body: errorBody('CONFLICT', 'An account with the email ada@example.com already exists', { email: ['is already registered'] }),
      },
    });
    const { user } = renderApp('/sign-up');
    await user.type(await screen.findByLabelText('First name'), 'Ada');
    await user.type(screen.getByLabelText('Last name'), 'Lovelace');
    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'analytical engine');
    await user.click(screen.getByTestId('sign-up-submit'));

    expect(await screen.findByTestId('field-error-email')).toHaveTextContent('Email is already registered');
    // The field says it all: no second message above the form.
    expect(screen.queryByTestId('form-error')).not.toBeInTheDocument();
    expect(api.requestsTo('/auth/register')[0].body).toEqual({
      first_name: 'Ada',
      last_name: 'Lovelace',
      email: 'ada@example.com',
      password: 'analytical engine',
    });
  });

  it('applies the password rule of the contracts (8 bytes at least)', async () => {
    const api = installFakeApi(shellRoutes);
    const { user } = renderApp('/sign-up');
    await user.type(await screen.findByLabelText('First name'), 'Ada');
    await user.type(screen.getByLabelText('Last name'), 'Lovelace');
    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'short');
    await user.click(screen.getByTestId('sign-up-submit'));
    expect(await screen.findByTestId('field-error-password')).toHaveTextContent('Password must be at least 8 characters long');
    expect(api.requestsTo('/auth/register')).toHaveLength(0);
  });
});

describe('password reset', () => {
  it('answers the same whether or not the account exists', async () => {
    const api = installFakeApi({ ...shellRoutes, 'POST /auth/password-reset-request': { status: 202, body: { data: { status: 'accepted' } } } });
    const { user } = renderApp('/forgot-password');
    await user.type(await screen.findByLabelText('Email'), 'nobody@example.com');
    await user.click(screen.getByTestId('forgot-password-submit'));
    const done = await screen.findByTestId('reset-requested');
    expect(done).toHaveTextContent('If an account exists for nobody@example.com, we sent it a link');
    expect(api.requestsTo('/auth/password-reset-request')[0].body).toEqual({ email: 'nobody@example.com' });
  });

  it('sets the new password and sends the user to sign in with a confirmation', async () => {
    const api = installFakeApi({ ...shellRoutes, 'POST /auth/password-reset': { status: 204 } });
    const { user, location, store } = renderApp('/reset-password?token=tok-123', { session: storedSession(customer) });
    await user.type(await screen.findByLabelText('New password'), 'a brand new secret');
    await user.type(screen.getByLabelText('Confirm password'), 'a brand new secreT');
    await user.click(screen.getByTestId('reset-password-submit'));
    expect(await screen.findByTestId('field-error-confirm_password')).toHaveTextContent('Confirm password does not match the new password');
    expect(api.requestsTo('/auth/password-reset')).toHaveLength(0);

    await user.clear(screen.getByLabelText('Confirm password'));
    await user.type(screen.getByLabelText('Confirm password'), 'a brand new secret');
    await user.click(screen.getByTestId('reset-password-submit'));
    await waitFor(() => expect(location().pathname).toBe('/sign-in'));
    expect(await screen.findByTestId('sign-in-notice')).toHaveTextContent('Your password has been changed. Sign in with your new password.');
    expect(api.requestsTo('/auth/password-reset')[0].body).toEqual({ token: 'tok-123', new_password: 'a brand new secret' });
    // Every session of the account ended, this browser's too.
    expect(store.getState().session.user).toBeNull();
  });

  it('a used or expired link shows the API message and a way to get a new one', async () => {
    installFakeApi({
      ...shellRoutes,
      'POST /auth/password-reset': {
        status: 400,
        body: errorBody('VALIDATION_ERROR', 'The password reset link is invalid or has expired', { token: ['is invalid or has expired'] }),
      },
    });
    const { user, location } = renderApp('/reset-password?token=used');
    await user.type(await screen.findByLabelText('New password'), 'a brand new secret');
    await user.type(screen.getByLabelText('Confirm password'), 'a brand new secret');
    await user.click(screen.getByTestId('reset-password-submit'));
    const problem = await screen.findByTestId('reset-link-invalid');
    expect(problem).toHaveTextContent('The password reset link is invalid or has expired. Request a new link');
    await user.click(within(problem).getByText('Request a new link'));
    await waitFor(() => expect(location().pathname).toBe('/forgot-password'));
  });
});
