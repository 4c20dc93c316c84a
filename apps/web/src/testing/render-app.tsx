import { render } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router-dom';
import { AppProvider } from '@/app/provider';
import { routes } from '@/app/router';
import { makeStore, type AppStore } from '@/app/store';
import type { StoredSession } from '@/lib/session-storage';

interface RenderAppOptions {
  /** Start signed in with this session (see testing/auth-fixtures.ts); by default whatever localStorage holds (nothing). */
  session?: StoredSession | null;
  /** Runs on the new store before the first render (e.g. the page's embedded data, as main.tsx seeds it). */
  prepare?: (store: AppStore) => void;
}

/** The app's routes with every lazy page already loaded: the first render shows the page at once, as in a warm browser. */
async function resolveRoutes(list: RouteObject[]): Promise<RouteObject[]> {
  return Promise.all(
    list.map(async ({ lazy, children, ...route }) => {
      const loaded = typeof lazy === 'function' ? await lazy() : {};
      const resolved = { ...route, ...loaded } as RouteObject;
      if (children) (resolved as { children?: RouteObject[] }).children = await resolveRoutes(children);
      return resolved;
    }),
  );
}
let loadedRoutes: RouteObject[] = routes;

// The pages and the header's deferred widgets are lazy chunks in the app: load them before the
// first test of a file, so compiling them does not count against a test's own timeouts.
beforeAll(async () => {
  await Promise.all([
    resolveRoutes(routes).then((resolved) => (loadedRoutes = resolved)),
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
  options.prepare?.(store);
  const router = createMemoryRouter(loadedRoutes, { initialEntries: [url] });
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
