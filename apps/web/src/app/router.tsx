import { createBrowserRouter, Navigate, type RouteObject } from 'react-router-dom';
import { RouteErrorBoundary } from '@/components/shared/route-error-boundary';
import { GuestOnly, RequireAuth } from '@/features/auth/components/route-guards';
import { AccountLayout } from './routes/account/account-layout';
import { AccountAddressesRoute, AccountOrdersRoute, AccountProfileRoute, AccountSecurityRoute } from './routes/account/sections';
import { AdminLayout } from './routes/admin/admin-layout';
import { AdminDashboardRoute } from './routes/admin/dashboard';
import { AdminDiscountsRoute } from './routes/admin/discounts';
import { AdminOrderDetailRoute } from './routes/admin/order-detail';
import { AdminOrdersRoute } from './routes/admin/orders';
import { AdminProductEditRoute } from './routes/admin/product-edit';
import { AdminProductsRoute } from './routes/admin/products';
import { AdminUsersRoute } from './routes/admin/users';
import { ForgotPasswordRoute } from './routes/auth/forgot-password';
import { ResetPasswordRoute } from './routes/auth/reset-password';
import { SignInRoute } from './routes/auth/sign-in';
import { SignUpRoute } from './routes/auth/sign-up';
import { CartRoute } from './routes/cart';
import { CatalogRoute } from './routes/catalog';
import { CategoryRedirectRoute } from './routes/category-redirect';
import { CheckoutRoute } from './routes/checkout';
import { HomeRoute } from './routes/home';
import { NotFoundRoute } from './routes/not-found';
import { OrderConfirmationRoute } from './routes/orders/order-confirmation';
import { OrderDetailRoute } from './routes/orders/order-detail';
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
          // New pages load with their route (their code is not in the first download).
          { path: 'blog', lazy: () => import('./routes/blog/blog-list') },
          { path: 'blog/:slug', lazy: () => import('./routes/blog/blog-post') },
          {
            // Signed-in users are sent on to ?next= (or home).
            element: <GuestOnly />,
            children: [
              { path: 'sign-in', element: <SignInRoute /> },
              { path: 'sign-up', element: <SignUpRoute /> },
            ],
          },
          { path: 'forgot-password', element: <ForgotPasswordRoute /> },
          { path: 'reset-password', element: <ResetPasswordRoute /> },
          {
            path: 'account',
            element: <RequireAuth />,
            children: [
              {
                element: <AccountLayout />,
                children: [
                  { index: true, element: <AccountProfileRoute /> },
                  { path: 'orders', element: <AccountOrdersRoute /> },
                  { path: 'addresses', element: <AccountAddressesRoute /> },
                  { path: 'security', element: <AccountSecurityRoute /> },
                ],
              },
            ],
          },
          {
            // The cart, checkout and orders belong to a signed-in customer.
            element: <RequireAuth />,
            children: [
              { path: 'cart', element: <CartRoute /> },
              { path: 'wishlist', lazy: () => import('./routes/wishlist') },
              { path: 'checkout', element: <CheckoutRoute /> },
              { path: 'orders', element: <Navigate to="/account/orders" replace /> },
              { path: 'orders/:id', element: <OrderDetailRoute /> },
              { path: 'orders/:id/confirmation', element: <OrderConfirmationRoute /> },
            ],
          },
          {
            path: 'admin',
            element: <RequireAuth role="admin" />,
            children: [
              {
                element: <AdminLayout />,
                children: [
                  { index: true, element: <AdminDashboardRoute /> },
                  { path: 'orders', element: <AdminOrdersRoute /> },
                  { path: 'orders/:id', element: <AdminOrderDetailRoute /> },
                  { path: 'products', element: <AdminProductsRoute /> },
                  { path: 'products/new', element: <AdminProductEditRoute /> },
                  { path: 'products/:id', element: <AdminProductEditRoute /> },
                  { path: 'discounts', element: <AdminDiscountsRoute /> },
                  { path: 'users', element: <AdminUsersRoute /> },
                  { path: 'reviews', lazy: () => import('./routes/admin/reviews') },
                  { path: 'blog', lazy: () => import('./routes/admin/blog') },
                  { path: 'blog/new', lazy: () => import('./routes/admin/blog-edit') },
                  { path: 'blog/:id', lazy: () => import('./routes/admin/blog-edit') },
                  { path: 'system', lazy: () => import('./routes/admin/system') },
                ],
              },
            ],
          },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
