import { lazy, Suspense, type ComponentType } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router-dom';
import { GuestOnly, RequireAuth } from '@/features/auth/components/route-guards';
import { RootLayout } from './routes/root-layout';

/** The error page loads only when a page fails. */
const LazyRouteErrorBoundary = lazy(() => import('@/components/shared/route-error-boundary').then((m) => ({ default: m.RouteErrorBoundary })));
function RouteErrorBoundary() {
  return (
    <Suspense fallback={null}>
      <LazyRouteErrorBoundary />
    </Suspense>
  );
}

/**
 * A page loaded with its route: its code (and the antd components only it uses) is a chunk of
 * its own, so the first download holds only the shell (`pnpm test:budget` keeps it small).
 */
function page<M>(load: () => Promise<M>, pick: (m: M) => ComponentType): Pick<RouteObject, 'lazy'> {
  return { lazy: async () => ({ Component: pick(await load()) }) };
}

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <RootLayout />,
    // Last resort if the shell itself fails.
    errorElement: <RouteErrorBoundary />,
    children: [
      {
        // Pages fail inside the shell: header and footer stay usable.
        errorElement: <RouteErrorBoundary />,
        children: [
          { index: true, ...page(() => import('./routes/home'), (m) => m.HomeRoute) },
          { path: 'products', ...page(() => import('./routes/catalog'), (m) => m.CatalogRoute) },
          { path: 'products/:slug', ...page(() => import('./routes/product'), (m) => m.ProductRoute) },
          { path: 'categories/:slug', ...page(() => import('./routes/category-redirect'), (m) => m.CategoryRedirectRoute) },
          // New pages load with their route (their code is not in the first download).
          { path: 'blog', lazy: () => import('./routes/blog/blog-list') },
          { path: 'blog/:slug', lazy: () => import('./routes/blog/blog-post') },
          {
            // Signed-in users are sent on to ?next= (or home).
            element: <GuestOnly />,
            children: [
              { path: 'sign-in', ...page(() => import('./routes/auth/sign-in'), (m) => m.SignInRoute) },
              { path: 'sign-up', ...page(() => import('./routes/auth/sign-up'), (m) => m.SignUpRoute) },
            ],
          },
          { path: 'forgot-password', ...page(() => import('./routes/auth/forgot-password'), (m) => m.ForgotPasswordRoute) },
          { path: 'reset-password', ...page(() => import('./routes/auth/reset-password'), (m) => m.ResetPasswordRoute) },
          {
            path: 'account',
            element: <RequireAuth />,
            children: [
              {
                ...page(() => import('./routes/account/account-layout'), (m) => m.AccountLayout),
                children: [
                  { index: true, ...page(() => import('./routes/account/sections'), (m) => m.AccountProfileRoute) },
                  { path: 'orders', ...page(() => import('./routes/account/sections'), (m) => m.AccountOrdersRoute) },
                  { path: 'addresses', ...page(() => import('./routes/account/sections'), (m) => m.AccountAddressesRoute) },
                  { path: 'security', ...page(() => import('./routes/account/sections'), (m) => m.AccountSecurityRoute) },
                ],
              },
            ],
          },
          // A guest has a cart too (a token in this browser); checkout asks to sign in and comes back.
          { path: 'cart', ...page(() => import('./routes/cart'), (m) => m.CartRoute) },
          {
            // Checkout and orders belong to a signed-in customer.
            element: <RequireAuth />,
            children: [
              { path: 'wishlist', lazy: () => import('./routes/wishlist') },
              { path: 'checkout', ...page(() => import('./routes/checkout'), (m) => m.CheckoutRoute) },
              { path: 'orders', element: <Navigate to="/account/orders" replace /> },
              { path: 'orders/:id', ...page(() => import('./routes/orders/order-detail'), (m) => m.OrderDetailRoute) },
              { path: 'orders/:id/confirmation', ...page(() => import('./routes/orders/order-confirmation'), (m) => m.OrderConfirmationRoute) },
            ],
          },
          { path: '*', ...page(() => import('./routes/not-found'), (m) => m.NotFoundRoute) },
        ],
      },
    ],
  },
  {
    // The back office: its own layout (side navigation, no shop header or search), all of it lazy.
    path: '/admin',
    element: <RequireAuth role="admin" />,
    errorElement: <RouteErrorBoundary />,
    children: [
      {
        ...page(() => import('./routes/admin/admin-layout'), (m) => m.AdminLayout),
        children: [
          { index: true, ...page(() => import('./routes/admin/dashboard'), (m) => m.AdminDashboardRoute) },
          { path: 'orders', ...page(() => import('./routes/admin/orders'), (m) => m.AdminOrdersRoute) },
          { path: 'orders/:id', ...page(() => import('./routes/admin/order-detail'), (m) => m.AdminOrderDetailRoute) },
          { path: 'products', ...page(() => import('./routes/admin/products'), (m) => m.AdminProductsRoute) },
          { path: 'products/new', ...page(() => import('./routes/admin/product-edit'), (m) => m.AdminProductEditRoute) },
          { path: 'products/:id', ...page(() => import('./routes/admin/product-edit'), (m) => m.AdminProductEditRoute) },
          { path: 'discounts', ...page(() => import('./routes/admin/discounts'), (m) => m.AdminDiscountsRoute) },
          { path: 'users', ...page(() => import('./routes/admin/users'), (m) => m.AdminUsersRoute) },
          { path: 'reviews', lazy: () => import('./routes/admin/reviews') },
          { path: 'blog', lazy: () => import('./routes/admin/blog') },
          { path: 'blog/new', lazy: () => import('./routes/admin/blog-edit') },
          { path: 'blog/:id', lazy: () => import('./routes/admin/blog-edit') },
          { path: 'system', lazy: () => import('./routes/admin/system') },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}

/**
 * Resolves once the router has loaded the first page's code (its lazy route): rendering before
 * that would replace the server's first paint in #root (apps/api/src/platform/web/first-paint.ts)
 * with an empty page for a moment.
 */
export function whenRouterReady(router: ReturnType<typeof createAppRouter>): Promise<void> {
  if (router.state.initialized) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = router.subscribe((state) => {
      if (!state.initialized) return;
      stop();
      resolve();
    });
  });
}
