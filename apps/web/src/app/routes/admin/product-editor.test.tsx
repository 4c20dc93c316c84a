import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { AdminProductDto, StockMovementDto } from '@devgear/contracts';
import { admin, shellRoutes, storedSession } from '@/testing/auth-fixtures';
import { errorBody, installFakeApi } from '@/testing/fake-api';
import { categories, keyboardDetail } from '@/testing/fixtures';
import { adminProduct, adminProductsPage, stockMovement } from '@/testing/product-admin-fixtures';
import { renderApp } from '@/testing/render-app';

function api(product: AdminProductDto = adminProduct(), movements: StockMovementDto[] = [stockMovement()]) {
  const fake = installFakeApi({ ...shellRoutes, 'GET /me': { body: { data: admin } }, 'GET /categories': { body: { data: categories } } });
  fake.on('GET /admin/products/:id', { body: { data: product } });
  fake.on('GET /admin/products/:id/stock-movements', { body: adminProductsPage(movements as never[]) });
  fake.on('GET /admin/products', { body: adminProductsPage([product]) });
  fake.on('GET /admin/orders', { body: adminProductsPage([]) });
  return fake;
}

const rows = () => screen.getAllByTestId('variant-row');
const field = (testId: string, row?: number) => (row === undefined ? screen.getByTestId(testId) : within(rows()[row]).getByTestId(testId)) as HTMLInputElement;

/** Types by pasting: one input event instead of one per letter (antd re-renders the form on each). */
async function fill(user: ReturnType<typeof renderApp>['user'], element: HTMLElement, text: string) {
  await user.click(element);
  await user.paste(text);
}

async function chooseCategory(user: ReturnType<typeof renderApp>['user'], label: string) {
  await user.click(within(screen.getByTestId('product-category')).getByRole('combobox'));
  const open = await waitFor(() => {
    const dropdown = document.querySelector('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
    expect(dropdown).not.toBeNull();
    return dropdown as HTMLElement;
  });
  await user.click(within(open).getByTitle(label));
}

describe('admin product editor', () => {
  it('loads the product into the form, with each variant’s stock, images and stock history', async () => {
    api();
    renderApp('/admin/products/p-k2', { session: storedSession(admin) });
    expect(await screen.findByTestId('product-editor-title')).toHaveTextContent('Keychron K2 Wireless');
    expect(field('product-name')).toHaveValue('Keychron K2 Wireless');
    expect(field('product-slug')).toHaveValue('keychron-k2');
    expect(field('product-brand')).toHaveValue('Keychron');
    await waitFor(() => expect(within(screen.getByTestId('product-category')).getByTitle('Keyboards › Mechanical keyboards')).toBeInTheDocument());
    expect(rows()).toHaveLength(2);
    expect(field('variant-sku', 0)).toHaveValue('K2-BRN');
    // Prices in major units, as people type them.
    expect(field('variant-price', 0)).toHaveValue('79.99');
    expect(field('variant-price', 1)).toHaveValue('84.99');
    expect(within(rows()[0]).getAllByTestId('option-key')[0]).toHaveValue('switch');
    expect(within(rows()[0]).getAllByTestId('option-value')[0]).toHaveValue('brown');
    // Existing variants show their stock; it is not a form field.
    expect(within(rows()[1]).getByTestId('variant-stock-units')).toHaveTextContent('12');
    expect(within(rows()[1]).queryByTestId('variant-available')).not.toBeInTheDocument();
    expect(screen.getAllByTestId('product-image-alt').map((el) => el.textContent)).toEqual(['Keychron K2 front', 'Keychron K2 side']);
    const history = await screen.findByTestId('stock-history');
    await waitFor(() => expect(within(history).getByTestId('movement-reason')).toHaveTextContent('stock count'));
    expect(within(history).getByTestId('movement-delta')).toHaveTextContent('−8');
    expect(within(history).getByText('grace@example.com')).toBeInTheDocument();
    expect(screen.getByTestId('product-dirty-state')).toHaveTextContent('All changes saved');
  });

  it('saves only what changed, with the version it loaded', async () => {
    const fake = api();
    fake.on('PATCH /products/:id', (req) => ({ body: { data: adminProduct({ name: (req.body as { name: string }).name, version: 4 }) } }));
    const { user } = renderApp('/admin/products/p-k2', { session: storedSession(admin) });
    await screen.findByTestId('product-editor-title');
    await user.clear(field('product-name'));
    await fill(user, field('product-name'), 'Keychron K2 Pro');
    expect(screen.getByTestId('product-dirty-state')).toHaveTextContent('Unsaved changes');
    await user.click(screen.getByTestId('product-save'));

    await waitFor(() => expect(fake.requestsTo('/products/p-k2')).toHaveLength(1));
    expect(fake.requestsTo('/products/p-k2')[0].body).toEqual({ version: 3, name: 'Keychron K2 Pro' });
    expect(await screen.findByText('Keychron K2 Pro saved.')).toBeInTheDocument();
    expect(screen.getByTestId('product-dirty-state')).toHaveTextContent('All changes saved');

    // The next save goes with the version the API answered.
    await fill(user, field('product-brand'), ' Inc');
    await user.click(screen.getByTestId('product-save'));
    await waitFor(() => expect(fake.requestsTo('/products/p-k2')).toHaveLength(2));
    expect(fake.requestsTo('/products/p-k2')[1].body).toEqual({ version: 4, brand: 'Keychron Inc' });
  });

  it('explains a stale save (409), keeps the edits, and reloads the latest product on request', async () => {
    const fake = api();
    fake.on('PATCH /products/:id', {
      status: 409,
      body: errorBody('CONFLICT', 'This product was changed by someone else meanwhile (it is now at version 4); reload it and apply your changes again', {
        version: ['is not the current version (4)'],
      }),
    });
    const { user } = renderApp('/admin/products/p-k2', { session: storedSession(admin) });
    await screen.findByTestId('product-editor-title');
    await user.clear(field('product-name'));
    await fill(user, field('product-name'), 'My new name');
    await user.click(screen.getByTestId('product-save'));

    const stale = await screen.findByTestId('stale-alert');
    expect(stale).toHaveTextContent('Someone else saved this product while you were editing.');
    expect(stale).toHaveTextContent('Reload to see their changes; your edits are kept until you reload.');
    expect(fake.requestsTo('/products/p-k2')[0].body).toEqual({ version: 3, name: 'My new name' });
    // Nothing is lost yet.
    expect(field('product-name')).toHaveValue('My new name');
    expect(screen.getByTestId('product-dirty-state')).toHaveTextContent('Unsaved changes');

    fake.on('GET /admin/products/:id', { body: { data: adminProduct({ name: 'Their new name', version: 4 }) } });
    await user.click(within(stale).getByTestId('stale-reload'));
    await waitFor(() => expect(field('product-name')).toHaveValue('Their new name'));
    expect(screen.queryByTestId('stale-alert')).not.toBeInTheDocument();
    expect(screen.getByTestId('product-dirty-state')).toHaveTextContent('All changes saved');

    fake.on('PATCH /products/:id', { body: { data: adminProduct({ name: 'Their new name', brand: 'Keychron Ltd', version: 5 }) } });
    await fill(user, field('product-brand'), ' Ltd');
    await user.click(screen.getByTestId('product-save'));
    await waitFor(() => expect(fake.requestsTo('/products/p-k2')).toHaveLength(2));
    expect(fake.requestsTo('/products/p-k2')[1].body).toEqual({ version: 4, brand: 'Keychron Ltd' });
  });

  it('creates a product: a price typed as 79.00 is sent as 7900 minor units', async () => {
    const fake = api();
    fake.on('POST /products', { status: 201, body: { data: keyboardDetail({ id: 'p-new', name: 'Split keyboard' }) } });
    const { user, location } = renderApp('/admin/products/new', { session: storedSession(admin) });
    expect(await screen.findByTestId('product-editor-title')).toHaveTextContent('New product');
    expect(screen.getByTestId('images-after-create')).toBeInTheDocument();

    await fill(user, field('product-name'), 'Split keyboard');
    await fill(user, field('product-brand'), 'ZSA');
    await chooseCategory(user, 'Keyboards › Mechanical keyboards');
    await fill(user, field('product-description'), 'Two halves.');
    await fill(user, field('variant-sku', 0), 'ZSA-MOON-BLK');
    await fill(user, field('variant-name', 0), 'Black');
    await user.click(within(rows()[0]).getByTestId('option-add'));
    await fill(user, within(rows()[0]).getByTestId('option-key'), 'color');
    await fill(user, within(rows()[0]).getByTestId('option-value'), 'black');
    await fill(user, field('variant-price', 0), '79.00');
    await fill(user, field('variant-available', 0), '5');

    await user.click(screen.getByTestId('variant-add'));
    await fill(user, field('variant-sku', 1), 'ZSA-MOON-WHT');
    await fill(user, field('variant-name', 1), 'White');
    await user.click(within(rows()[1]).getByTestId('option-add'));
    await fill(user, within(rows()[1]).getByTestId('option-key'), 'color');
    await fill(user, within(rows()[1]).getByTestId('option-value'), 'white');
    await fill(user, field('variant-price', 1), '84.5');
    await fill(user, field('variant-available', 1), '0');

    await user.click(screen.getByTestId('spec-add'));
    await fill(user, screen.getByTestId('spec-key'), 'Weight');
    await fill(user, screen.getByTestId('spec-value'), '750');
    await fill(user, screen.getByTestId('spec-unit'), 'g');

    await user.click(screen.getByTestId('product-save'));
    await waitFor(() => expect(fake.requestsTo('/products')).toHaveLength(1));
    expect(fake.requestsTo('/products')[0].body).toEqual({
      name: 'Split keyboard',
      description: 'Two halves.',
      brand: 'ZSA',
      category_id: 'c-2',
      specifications: [{ key: 'Weight', value: '750', unit: 'g' }],
      variants: [
        { sku: 'ZSA-MOON-BLK', name: 'Black', options: { color: 'black' }, price: { amount: 7900, currency: 'USD' }, available: 5 },
        { sku: 'ZSA-MOON-WHT', name: 'White', options: { color: 'white' }, price: { amount: 8450, currency: 'USD' }, available: 0 },
      ],
    });
    // On to the new product's page (no "unsaved changes" question).
    await waitFor(() => expect(location().pathname).toBe('/admin/products/p-new'));
    expect(screen.queryByTestId('unsaved-changes-dialog')).not.toBeInTheDocument();
  });

  it('checks the form before sending: required fields, prices and the same options twice', async () => {
    const fake = api();
    const { user } = renderApp('/admin/products/new', { session: storedSession(admin) });
    await screen.findByTestId('product-editor-title');
    await fill(user, field('variant-price', 0), '79.999');
    await user.click(screen.getByTestId('variant-add'));
    await fill(user, field('variant-price', 1), 'abc');
    await user.click(screen.getByTestId('product-save'));

    expect(await screen.findByTestId('field-error-name')).toHaveTextContent('Name is required');
    expect(screen.getByTestId('field-error-brand')).toHaveTextContent('Brand is required');
    expect(screen.getByTestId('field-error-category_id')).toHaveTextContent('Category is required: choose one');
    expect(screen.getByTestId('field-error-variants.0.price')).toHaveTextContent('Price must be an amount like 79.00');
    expect(screen.getByTestId('field-error-variants.1.price')).toHaveTextContent('Price must be an amount like 79.00');
    expect(screen.getByTestId('field-error-variants.0.available')).toHaveTextContent('Starting stock is required for a new variant');
    expect(screen.getByTestId('field-error-variants.1.options')).toHaveTextContent("are the same as variant 1's");
    expect(fake.requestsTo('/products')).toHaveLength(0);
  });

  it('shows the API’s field problems on the fields: a taken SKU (409) and a bad price (400)', async () => {
    const fake = api();
    fake.on('PATCH /products/:id', {
      status: 409,
      body: errorBody('CONFLICT', 'Product conflicts with an existing product: variants.1.sku', { 'variants.1.sku': ['K2-RED is already used by another product'] }),
    });
    const { user } = renderApp('/admin/products/p-k2', { session: storedSession(admin) });
    await screen.findByTestId('product-editor-title');
    await user.clear(field('variant-price', 1));
    await fill(user, field('variant-price', 1), '89');
    await user.click(screen.getByTestId('product-save'));

    await waitFor(() => expect(fake.requestsTo('/products/p-k2')).toHaveLength(1));
    expect(await screen.findByTestId('field-error-variants.1.sku', {}, { timeout: 5000 })).toHaveTextContent('K2-RED is already used by another product');
    expect(screen.queryByTestId('stale-alert')).not.toBeInTheDocument();
    // The whole variant list travels, existing variants by id and without their stock.
    expect(fake.requestsTo('/products/p-k2')[0].body).toEqual({
      version: 3,
      variants: [
        { id: 'v-brown', sku: 'K2-BRN', name: 'Brown switches', options: { switch: 'brown' }, price: { amount: 7999, currency: 'USD' } },
        { id: 'v-red', sku: 'K2-RED', name: 'Red switches', options: { switch: 'red' }, price: { amount: 8900, currency: 'USD' } },
      ],
    });

    fake.on('PATCH /products/:id', { status: 400, body: errorBody('VALIDATION_ERROR', 'Invalid product', { 'variants.0.price': ['must be in USD, the store currency'], slug: ['is already taken by another product'] }) });
    await user.click(screen.getByTestId('product-save'));
    expect(await screen.findByTestId('field-error-variants.0.price', {}, { timeout: 5000 })).toHaveTextContent('Price must be in USD, the store currency');
    expect(screen.getByTestId('field-error-slug')).toHaveTextContent('Slug is already taken by another product');
  });

  it('asks before leaving with unsaved changes', async () => {
    api();
    const { user, location } = renderApp('/admin/products/p-k2', { session: storedSession(admin) });
    await screen.findByTestId('product-editor-title');

    // Nothing changed: leaving is free.
    await fill(user, field('product-name'), ' v2');
    await user.click(screen.getByTestId('admin-nav-orders'));
    const dialog = await screen.findByTestId('unsaved-changes-dialog');
    expect(dialog).toHaveTextContent('Leave without saving?');
    expect(location().pathname).toBe('/admin/products/p-k2');

    await user.click(screen.getByTestId('unsaved-stay'));
    await waitFor(() => expect(screen.queryByTestId('unsaved-changes-dialog')).not.toBeInTheDocument());
    expect(location().pathname).toBe('/admin/products/p-k2');
    expect(field('product-name')).toHaveValue('Keychron K2 Wireless v2');

    await user.click(screen.getByTestId('admin-nav-orders'));
    await screen.findByTestId('unsaved-changes-dialog');
    await user.click(screen.getByTestId('unsaved-leave'));
    await waitFor(() => expect(location().pathname).toBe('/admin/orders'));
  });

  it('lets a saved product go without asking', async () => {
    api();
    const { user, location } = renderApp('/admin/products/p-k2', { session: storedSession(admin) });
    await screen.findByTestId('product-editor-title');
    await user.click(screen.getByTestId('admin-nav-orders'));
    await waitFor(() => expect(location().pathname).toBe('/admin/orders'));
    expect(screen.queryByTestId('unsaved-changes-dialog')).not.toBeInTheDocument();
  });

  it('adjusts a variant’s stock with a reason, and shows the new level', async () => {
    let product = adminProduct();
    const fake = api();
    fake.on('GET /admin/products/:id', () => ({ body: { data: product } }));
    fake.on('PUT /products/:id/variants/:variantId/stock', (req, { variantId }) => {
      const { available, reason } = req.body as { available: number; reason?: string };
      product = adminProduct({ variants: product.variants.map((v) => (v.id === variantId ? { ...v, available } : v)) });
      return { body: { data: stockMovement({ id: 'm-2', variant_id: variantId, previous: 12, available, delta: available - 12, reason: reason ?? 'manual adjustment' }) } };
    });
    const { user } = renderApp('/admin/products/p-k2', { session: storedSession(admin) });
    await screen.findByTestId('product-editor-title');
    await user.click(within(rows()[1]).getByTestId('adjust-stock'));
    const modal = await screen.findByTestId('stock-modal');
    expect(within(modal).getByTestId('stock-current')).toHaveTextContent('12');
    const level = within(modal).getByTestId('stock-available');
    await user.clear(level);
    await fill(user, level, '30');
    expect(modal).toHaveTextContent('+18 units');
    await fill(user, within(modal).getByTestId('stock-reason'), 'delivery received');
    await user.click(within(modal).getByTestId('stock-submit'));

    await waitFor(() => expect(fake.requestsTo('/products/p-k2/variants/v-red/stock')).toHaveLength(1));
    expect(fake.requestsTo('/products/p-k2/variants/v-red/stock')[0].body).toEqual({ available: 30, reason: 'delivery received' });
    expect(await screen.findByText('K2-RED: stock set to 30 (was 12).')).toBeInTheDocument();
    await waitFor(() => expect(within(rows()[1]).getByTestId('variant-stock-units')).toHaveTextContent('30'));
    // The history reloads.
    await waitFor(() => expect(fake.requestsTo('/admin/products/p-k2/stock-movements')).toHaveLength(2));
    // Stock is not an edit of the form.
    expect(screen.getByTestId('product-dirty-state')).toHaveTextContent('All changes saved');
  });

  it('archives after confirming', async () => {
    const fake = api();
    fake.on('DELETE /products/:id', { status: 204 });
    const { user, location } = renderApp('/admin/products/p-k2', { session: storedSession(admin) });
    await screen.findByTestId('product-editor-title');
    await user.click(screen.getByTestId('archive-product'));
    expect(await screen.findByRole('dialog')).toHaveTextContent('Archive Keychron K2 Wireless?');
    expect(fake.requestsTo('/products/p-k2')).toHaveLength(0);
    await user.click(screen.getByTestId('archive-confirm'));
    await waitFor(() => expect(fake.requestsTo('/products/p-k2').map((r) => r.method)).toEqual(['DELETE']));
    await waitFor(() => expect(location().pathname).toBe('/admin/products'));
    expect(await screen.findByText('Keychron K2 Wireless archived.')).toBeInTheDocument();
  });

  it('shows an archived product read-only', async () => {
    api(adminProduct({ archived_at: '2026-11-01T00:00:00.000Z' }));
    renderApp('/admin/products/p-k2', { session: storedSession(admin) });
    expect(await screen.findByTestId('archived-alert')).toHaveTextContent('This product is archived');
    expect(screen.getByTestId('product-status')).toHaveTextContent('Archived');
    expect(field('product-name')).toBeDisabled();
    expect(screen.queryByTestId('product-save')).not.toBeInTheDocument();
    expect(screen.queryByTestId('archive-product')).not.toBeInTheDocument();
  });

  it('reorders images with the arrow buttons and deletes one after confirming', async () => {
    const fake = api();
    fake.on('PUT /products/:id/images/order', (req) => {
      const ids = (req.body as { image_ids: string[] }).image_ids;
      const byId = new Map(adminProduct().images.map((i) => [i.id, i]));
      return { body: { data: adminProduct({ images: ids.map((id) => byId.get(id)!), version: 4 }) } };
    });
    fake.on('DELETE /products/:id/images/:imageId', { body: { data: adminProduct({ images: [adminProduct().images[1]], version: 5 }) } });
    const { user } = renderApp('/admin/products/p-k2', { session: storedSession(admin) });
    await screen.findByTestId('product-editor-title');
    await user.click(screen.getAllByTestId('image-move-left')[1]);
    await waitFor(() => expect(fake.requestsTo('/products/p-k2/images/order')).toHaveLength(1));
    expect(fake.requestsTo('/products/p-k2/images/order')[0].body).toEqual({ image_ids: ['i-2', 'i-1'] });
    await waitFor(() => expect(screen.getAllByTestId('product-image-alt').map((el) => el.textContent)).toEqual(['Keychron K2 side', 'Keychron K2 front']));

    await user.click(screen.getAllByTestId('image-delete')[1]);
    await user.click(await screen.findByTestId('image-delete-confirm'));
    await waitFor(() => expect(fake.requestsTo('/products/p-k2/images/i-1')).toHaveLength(1));
    await waitFor(() => expect(screen.getAllByTestId('product-image')).toHaveLength(1));

    // Our own image changes moved the version on: a save goes with the newest one.
    fake.on('PATCH /products/:id', { body: { data: adminProduct({ name: 'K2', version: 6 }) } });
    await user.clear(field('product-name'));
    await fill(user, field('product-name'), 'K2');
    await user.click(screen.getByTestId('product-save'));
    await waitFor(() => expect(fake.requestsTo('/products/p-k2').filter((r) => r.method === 'PATCH')).toHaveLength(1));
    expect(fake.requestsTo('/products/p-k2').find((r) => r.method === 'PATCH')?.body).toEqual({ version: 5, name: 'K2' });
  });

  it('uploads an image as multipart with its alt text, and shows the API’s problem with a file', async () => {
    const created = jest.fn(() => 'blob:preview');
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: jest.fn() });
    const fake = api(adminProduct({ images: [] }));
    fake.on('POST /products/:id/images', { status: 400, body: errorBody('VALIDATION_ERROR', 'Invalid image', { file: ['must be a JPEG, PNG or WebP image (judged by its content, not its name)'] }) });
    const { user } = renderApp('/admin/products/p-k2', { session: storedSession(admin) });
    await screen.findByTestId('product-editor-title');
    expect(screen.getByTestId('no-images')).toBeInTheDocument();

    const input = screen.getByTestId('image-upload').querySelector('input[type="file"]') as HTMLInputElement;
    await user.upload(input, new File(['not really a jpeg'], 'desk.jpg', { type: 'image/jpeg' }));
    expect(await screen.findByTestId('image-preview')).toHaveAttribute('src', 'blob:preview');
    // The alt text is required before anything is sent.
    await user.click(screen.getByTestId('image-upload-submit'));
    expect(await screen.findByTestId('field-error-alt')).toHaveTextContent('Alt text is required');
    expect(fake.requestsTo('/products/p-k2/images')).toHaveLength(0);

    await fill(user, screen.getByTestId('image-alt'), 'Keyboard on a desk');
    await user.click(screen.getByTestId('image-upload-submit'));
    expect(await screen.findByTestId('image-error', {}, { timeout: 5000 })).toHaveTextContent('must be a JPEG, PNG or WebP image');
    const sent = fake.requestsTo('/products/p-k2/images')[0].body as FormData;
    expect(sent).toBeInstanceOf(FormData);
    expect(sent.get('alt')).toBe('Keyboard on a desk');
    expect((sent.get('file') as File).name).toBe('desk.jpg');

    fake.on('POST /products/:id/images', { status: 201, body: { data: adminProduct({ images: [{ id: 'i-9', url: '/media/desk.jpg', alt: 'Keyboard on a desk' }], version: 4 }) } });
    await user.click(screen.getByTestId('image-upload-submit'));
    await waitFor(() => expect(screen.getAllByTestId('product-image-alt').map((el) => el.textContent)).toEqual(['Keyboard on a desk']));
    expect(await screen.findByText('Image uploaded.')).toBeInTheDocument();
  });

  it('refuses a file that is not an image before uploading it', async () => {
    Object.assign(URL, { createObjectURL: jest.fn(() => 'blob:preview'), revokeObjectURL: jest.fn() });
    const fake = api(adminProduct({ images: [] }));
    renderApp('/admin/products/p-k2', { session: storedSession(admin) });
    await screen.findByTestId('product-editor-title');
    const input = screen.getByTestId('image-upload').querySelector('input[type="file"]') as HTMLInputElement;
    // As a dropped file arrives: the picker's filter does not apply.
    fireEvent.change(input, { target: { files: [new File(['%PDF'], 'manual.pdf', { type: 'application/pdf' })] } });
    expect(await screen.findByTestId('image-error')).toHaveTextContent('manual.pdf is not a JPEG, PNG or WebP image.');
    expect(screen.queryByTestId('image-preview')).not.toBeInTheDocument();
    expect(fake.requestsTo('/products/p-k2/images')).toHaveLength(0);
  });
});
