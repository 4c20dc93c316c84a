import { createBrowserRouter, type RouteObject } from 'react-router-dom';
import { RouteErrorBoundary } from '@/components/shared/route-error-boundary';
import { AccountRoute } from './routes/account';
import { CatalogRoute } from './routes/catalog';
import { CategoryRedirectRoute } from './routes/category-redirect';
import { HomeRoute } from './routes/home';
import { NotFoundRoute } from './routes/not-found';
import { ProductRoute } from './routes/product';
import { RootLayout } from './routes/root-layout';

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
          { index: true, element: <HomeRoute /> },
          { path: 'products', element: <CatalogRoute /> },
          { path: 'products/:slug', element: <ProductRoute /> },
          { path: 'categories/:slug', element: <CategoryRedirectRoute /> },
          { path: 'account', element: <AccountRoute /> },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
