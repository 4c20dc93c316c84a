import { screen, waitFor, within } from '@testing-library/react';
import type { CreateDiscountRequest, DiscountDto } from '@devgear/contracts';
import { admin, shellRoutes, storedSession } from '@/testing/auth-fixtures';
import { discount, listOf, usd } from '@/testing/admin-fixtures';
import { errorBody, installFakeApi } from '@/testing/fake-api';
import { renderApp } from '@/testing/render-app';

function api(discounts: DiscountDto[] = []) {
  return installFakeApi({
    ...shellRoutes,
    'GET /me': { body: { data: admin } },
    'GET /admin/discounts': { body: listOf(discounts) },
  });
}

const drawer = () => screen.getByTestId('discount-drawer');

describe('admin discounts', () => {
  it('lists the codes with what they give, their limits, use and status', async () => {
    api([
      discount(),
      discount({
        id: 'd-ten',
        code: 'TENOFF',
        type: 'fixed',
        value: usd(1000),
        min_subtotal: usd(5000),
        usage_limit: 100,
        per_customer_limit: 1,
        times_used: 7,
        ends_at: '2020-01-01T00:00:00.000Z',
      }),
      discount({ id: 'd-paused', code: 'PAUSED', active: false }),
    ]);
    renderApp('/admin/discounts', { session: storedSession(admin) });

    await waitFor(() => expect(screen.getAllByTestId('discount-code-cell')).toHaveLength(3));
    expect(screen.getByTestId('discounts-total')).toHaveTextContent('3 codes');
    const [spring, ten, paused] = screen.getAllByTestId('discount-code-cell').map((c) => c.closest('tr') as HTMLElement);
    expect(within(spring).getByTestId('discount-value-cell')).toHaveTextContent('25% off');
    expect(within(spring).getByTestId('discount-state')).toHaveTextContent('Active');
    expect(spring).toHaveTextContent('Always');
    expect(within(ten).getByTestId('discount-value-cell')).toHaveTextContent('$10.00 off');
    expect(ten).toHaveTextContent('Orders from $50.00 · 100 uses · 1 per customer');
    expect(within(ten).getByTestId('discount-used')).toHaveTextContent('7 / 100');
    expect(within(ten).getByTestId('discount-state')).toHaveTextContent('Expired');
    expect(within(paused).getByTestId('discount-state')).toHaveTextContent('Paused');
  });

  it('validates the form, sends a fixed amount in minor units and puts a duplicate code on the code field', async () => {
    const fake = api();
    let posted = 0;
    fake.on('POST /admin/discounts', (req) => {
      posted += 1;
      if (posted === 1) return { status: 409, body: errorBody('CONFLICT', 'A discount with this code already exists', { code: ['is already taken'] }) };
      const body = req.body as CreateDiscountRequest;
      return { status: 201, body: { data: discount({ id: 'd-new', ...body, value: body.value as DiscountDto['value'], min_subtotal: body.min_subtotal ?? null }) } };
    });
    const { user } = renderApp('/admin/discounts', { session: storedSession(admin) });
    await user.click(await screen.findByTestId('discount-new'));
    await screen.findByTestId('discount-drawer');

    // Nothing typed: each problem under its field, nothing sent.
    await user.click(screen.getByTestId('discount-submit'));
    expect(await screen.findByTestId('field-error-code')).toHaveTextContent('Code must be at least 3 characters');
    expect(screen.getByTestId('field-error-value')).toHaveTextContent('Percentage off is required');
    await user.type(within(drawer()).getByLabelText('Percentage off'), '150');
    await user.click(screen.getByTestId('discount-submit'));
    await waitFor(() => expect(screen.getByTestId('field-error-value')).toHaveTextContent('Percentage off must be a whole number from 1 to 100'));

    // Fixed: the value becomes an amount of money.
    await user.click(within(drawer()).getByText('Fixed amount'));
    const amount = within(drawer()).getByLabelText('Amount off');
    expect(amount).toHaveValue('');
    await user.type(amount, '12.505');
    await user.type(within(drawer()).getByLabelText('Code'), 'welcome-10');
    expect(within(drawer()).getByLabelText('Code')).toHaveValue('WELCOME-10');
    await user.click(screen.getByTestId('discount-submit'));
    await waitFor(() => expect(screen.getByTestId('field-error-value')).toHaveTextContent('Amount off must be an amount like 12.50'));
    await user.clear(amount);
    await user.type(amount, '12.50');
    await user.type(within(drawer()).getByLabelText('Minimum subtotal'), '50');
    await user.type(within(drawer()).getByLabelText('Usage limit'), '100');
    expect(fake.requestsTo('/admin/discounts').filter((r) => r.method === 'POST')).toHaveLength(0);

    await user.click(screen.getByTestId('discount-submit'));
    expect(await screen.findByTestId('field-error-code')).toHaveTextContent('Code is already taken');
    expect(screen.queryByTestId('form-error')).not.toBeInTheDocument();
    const post = fake.requestsTo('/admin/discounts').find((r) => r.method === 'POST');
    expect(post?.body).toEqual({
      code: 'WELCOME-10',
      type: 'fixed',
      value: { amount: 1250, currency: 'USD' },
      min_subtotal: { amount: 5000, currency: 'USD' },
      starts_at: null,
      ends_at: null,
      usage_limit: 100,
      per_customer_limit: null,
      active: true,
    });

    await user.clear(within(drawer()).getByLabelText('Code'));
    await user.type(within(drawer()).getByLabelText('Code'), 'WELCOME-11');
    await user.click(screen.getByTestId('discount-submit'));
    expect(await screen.findByText('Discount WELCOME-11 created.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByTestId('discount-drawer')).not.toBeInTheDocument());
    // The list reloads.
    await waitFor(() => expect(fake.requestsTo('/admin/discounts').filter((r) => r.method === 'GET')).toHaveLength(2));
  });

  it('shows the API’s other field problems on their fields', async () => {
    const fake = api([discount()]);
    fake.on('PATCH /admin/discounts/:id', {
      status: 400,
      body: errorBody('VALIDATION_ERROR', 'Invalid discount change', { ends_at: ['must be after starts_at'] }),
    });
    const { user } = renderApp('/admin/discounts', { session: storedSession(admin) });
    await user.click((await screen.findAllByTestId('discount-edit'))[0]);
    await screen.findByTestId('discount-drawer');
    expect(within(drawer()).getByLabelText('Percentage off')).toHaveValue('25');
    await user.clear(within(drawer()).getByLabelText('Percentage off'));
    await user.type(within(drawer()).getByLabelText('Percentage off'), '30');
    await user.click(screen.getByTestId('discount-submit'));
    expect(await screen.findByTestId('field-error-ends_at')).toHaveTextContent('Ends must be after starts_at');
    // Only what changed is sent; type and value together.
    expect(fake.lastRequestTo('/admin/discounts/d-spring')?.body).toEqual({ type: 'percentage', value: 30 });
  });

  it('edits only what changed', async () => {
    const fake = api([discount()]);
    fake.on('PATCH /admin/discounts/:id', (req) => ({ body: { data: { ...discount(), ...(req.body as object) } } }));
    const { user } = renderApp('/admin/discounts', { session: storedSession(admin) });
    await user.click((await screen.findAllByTestId('discount-edit'))[0]);
    await screen.findByTestId('discount-drawer');
    await user.click(within(drawer()).getByTestId('discount-active'));
    await user.type(within(drawer()).getByLabelText('Per customer'), '2');
    await user.click(screen.getByTestId('discount-submit'));
    await waitFor(() => expect(fake.requestsTo('/admin/discounts/d-spring')).toHaveLength(1));
    expect(fake.requestsTo('/admin/discounts/d-spring')[0].body).toEqual({ active: false, per_customer_limit: 2 });
    expect(await screen.findByText('Discount SPRING25 saved.')).toBeInTheDocument();
  });

  it('deletes a code only after confirming', async () => {
    const fake = api([discount({ times_used: 3 })]);
    fake.on('DELETE /admin/discounts/:id', { status: 204 });
    const { user } = renderApp('/admin/discounts', { session: storedSession(admin) });
    await user.click((await screen.findAllByTestId('discount-delete'))[0]);
    expect(await screen.findByRole('dialog')).toHaveTextContent('Delete the discount SPRING25?');
    expect(screen.getByRole('dialog')).toHaveTextContent('The 3 orders that used it keep their discount.');
    expect(fake.requestsTo('/admin/discounts/d-spring')).toHaveLength(0);
    await user.click(screen.getByTestId('discount-delete-confirm'));
    await waitFor(() => expect(fake.requestsTo('/admin/discounts/d-spring')).toHaveLength(1));
    expect(fake.requestsTo('/admin/discounts/d-spring')[0].method).toBe('DELETE');
    expect(await screen.findByText('Discount SPRING25 deleted.')).toBeInTheDocument();
  });
});
