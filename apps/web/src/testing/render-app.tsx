import { render } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { AppProvider } from '@/app/provider';
import { preloadRoutes, routes } from '@/app/router';
import { makeStore } from '@/app/store';
import type { StoredSession } from '@/features/auth/lib/session-storage';

interface RenderAppOptions {
  /** Start signed in with this session (see testing/auth-fixtures.ts); by default whatever localStorage holds (nothing). */
  session?: StoredSession | null;
}

// The pages and the header's deferred widgets are lazy chunks in the app: load them before the
// first test of a file, so compiling them does not count against a test's own timeouts.
beforeAll(async () => {
  await Promise.all([
    preloadRoutes(),
    import('@/features/catalog/components/search-box'),
    import('@/features/auth/components/account-dropdown'),
    import('@/features/cart/components/cart-drawer'),
    import('@/features/catalog/components/category-drawer'),
    import('@/components/shared/route-error-boundary'),
    import('@/components/shared/forbidden'),
  ]);
}, 180_000);

/** Renders the whole app (shell, routes, store, theme) at a URL, as a browser would. */
export function renderApp(url: string, options: RenderAppOptions = {}) {
  const store = makeStore(options.session !== undefined ? { session: options.session } : {});
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  // antd styles everything with CSS-in-JS; checking pointer-events through jsdom's
  // cascade on every event makes tests several times slower and checks nothing of ours.
  const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
  const view = render(
    <AppProvider store={store}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  const location = () => router.state.location;
  /** The current URL's search params. */
  const search = () => new URLSearchParams(router.state.location.search);
  return { ...view, router, store, user, location, search };
}

/** The option labels of the open antd Select dropdown. */
export function openSelectOptions(): string[] {
  const items = document.querySelectorAll('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option');
  return Array.from(items).map((el) => el.getAttribute('title') ?? el.textContent ?? '');
}
