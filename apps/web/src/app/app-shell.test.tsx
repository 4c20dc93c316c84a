import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { installFakeApi } from '@/testing/fake-api';
import { categories, keyboardDetail, listResponse, summary } from '@/testing/fixtures';
import { renderApp } from '@/testing/render-app';

function shopApi() {
  return installFakeApi({
    'GET /categories': { body: { data: categories } },
    'GET /products': (req) =>
      req.query.q
        ? {
            body: listResponse([
              summary({ slug: 'keychron-k2', name: 'Keychron K2', price: { amount: 7999, currency: 'USD' } }),
              summary({ slug: 'hhkb', name: 'HHKB Professional', brand: 'PFU' }),
            ]),
          }
        : { body: listResponse([summary()]) },
    'GET /products/:slug': (_req, { slug }) => ({ body: { data: keyboardDetail({ slug, name: `Product ${slug}` }) } }),
  });
}

/** The category menu re-renders once /categories answers; let it settle before typing. */
const menuReady = () => screen.findByTestId('category-link-monitors');

describe('header search', () => {
  it('suggests products while typing, asking the API once the typing pauses', async () => {
    const api = shopApi();
    const { user } = renderApp('/account');
    await menuReady();
    await user.type(await screen.findByTestId('search-input'), 'keyb');
    const suggestions = await screen.findAllByTestId('search-suggestion');
    expect(suggestions).toHaveLength(2);
    expect(suggestions[0]).toHaveTextContent('Keychron K2');
    expect(suggestions[0]).toHaveTextContent('$79.99');
    // Debounced: one request for the final text, not one per keystroke.
    const searches = api.requestsTo('/products').filter((r) => r.query.q);
    expect(searches.map((r) => r.query)).toEqual([{ q: 'keyb', per_page: '5' }]);
  });

  it('Enter searches the catalog for the text', async () => {
    const api = shopApi();
    const { user, location } = renderApp('/');
    await menuReady();
    const input = await screen.findByTestId('search-input');
    await user.type(input, 'keyboard');
    // Suggestions are open, none highlighted: Enter is a search. (keyCode as a browser sends it.)
    await screen.findAllByTestId('search-suggestion');
    fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13, which: 13 });
    await waitFor(() => expect(location().pathname).toBe('/products'));
    expect(location().search).toBe('?q=keyboard');
    await waitFor(() => expect(api.requestsTo('/products', { q: 'keyboard', sort: 'relevance', per_page: '24' })).toHaveLength(1));
    // The box keeps showing the search on the results page.
    expect(await screen.findByTestId('search-input')).toHaveValue('keyboard');
  });

  it('choosing a suggestion opens that product', async () => {
    shopApi();
    const { user, location } = renderApp('/');
    await menuReady();
    await user.type(screen.getByTestId('search-input'), 'hhkb');
    const suggestions = await screen.findAllByTestId('search-suggestion');
    await user.click(suggestions.find((el) => el.textContent?.includes('HHKB Professional'))!);
    await waitFor(() => expect(location().pathname).toBe('/products/hhkb'));
    expect(await screen.findByTestId('product-title')).toHaveTextContent('Product hhkb');
    // The box is cleared for the next search.
    expect(screen.getByTestId('search-input')).toHaveValue('');
  });

  it('arrow keys pick a suggestion for Enter', async () => {
    shopApi();
    const { user, location } = renderApp('/');
    await menuReady();
    const input = await screen.findByTestId('search-input');
    await user.type(input, 'keyc');
    await screen.findAllByTestId('search-suggestion');
    // jsdom drops keyCode from user-event's key events; the dropdown reads it, so fire
    // the keys with the codes a browser sends.
    fireEvent.keyDown(input, { key: 'ArrowDown', code: 'ArrowDown', keyCode: 40, which: 40 });
    fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13, which: 13 });
    await waitFor(() => expect(location().pathname).toBe('/products/keychron-k2'));
  });
});

describe('navigation', () => {
  it('has a category menu bar built from the category tree', async () => {
    shopApi();
    renderApp('/account');
    const menu = await screen.findByTestId('category-menu');
    await waitFor(() => expect(within(menu).getByText('Keyboards')).toBeInTheDocument());
    expect(within(menu).getByText('All products').closest('a')).toHaveAttribute('href', '/products');
    expect(within(menu).getByText('Monitors').closest('a')).toHaveAttribute('href', '/products?category=monitors');
    // Keyboards is a parent: a click opens its category (issue 13: hover-only did nothing on a
    // click); its children are links in a panel that hover or keyboard focus shows.
    expect(within(menu).getByTestId('category-link-keyboards')).toHaveAttribute('href', '/products?category=keyboards');
    expect(within(menu).getByTestId('category-link-mechanical-keyboards')).toHaveAttribute('href', '/products?category=mechanical-keyboards');
  });

  it('the logo leads home and "Sign in" to the sign-in page, remembering where the shopper was', async () => {
    shopApi();
    const { user, location } = renderApp('/products?q=keyboard');
    await user.click(screen.getByTestId('sign-in-link'));
    await waitFor(() => expect(location().pathname).toBe('/sign-in'));
    expect(location().search).toBe(`?next=${encodeURIComponent('/products?q=keyboard')}`);
    expect(await screen.findByTestId('sign-in-form')).toBeInTheDocument();
    await user.click(screen.getByTestId('logo'));
    await waitFor(() => expect(location().pathname).toBe('/'));
  });

  it('shows an empty cart to a signed-out visitor without asking the API for one', async () => {
    const api = shopApi();
    renderApp('/account');
    await menuReady();
    expect(screen.getByTestId('cart-button')).toHaveAccessibleName('Cart, 0 items');
    expect(api.requestsTo('/cart')).toHaveLength(0);
  });

  it('an unknown address shows the 404 page inside the shop', async () => {
    shopApi();
    const { user, location } = renderApp('/no/such/page');
    expect(await screen.findByText('Page not found')).toBeInTheDocument();
    expect(document.title).toBe('Page not found — DevGear');
    await user.click(screen.getByText('Back to the shop'));
    await waitFor(() => expect(location().pathname).toBe('/'));
  });

  it('gives phones a drawer with the category tree', async () => {
    window.innerWidth = 360;
    try {
      shopApi();
      const { user, location } = renderApp('/account');
      // Phones: CSS hides the bar (.category-nav) and shows the Categories button.
      await user.click(screen.getByTestId('categories-button'));
      const drawer = await screen.findByRole('dialog');
      // A parent opens to "All Keyboards" and its children.
      await user.click(await within(drawer).findByText('Keyboards'));
      expect(await within(drawer).findByText('All Keyboards')).toHaveAttribute('href', '/products?category=keyboards');
      await user.click(within(drawer).getByText('Mechanical keyboards'));
      await waitFor(() => expect(location().search).toBe('?category=mechanical-keyboards'));
      expect(location().pathname).toBe('/products');
    } finally {
      window.innerWidth = 1024;
    }
  });
});
