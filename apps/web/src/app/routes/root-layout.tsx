import { Outlet } from 'react-router-dom';
import { AppShell } from '@/components/layout/app-shell';
import { HeaderActions } from '@/components/layout/header-actions';
import { AccountMenu } from '@/features/auth/components/account-menu';
import { AuthEffects } from '@/features/auth/components/auth-effects';
import { CartButton } from '@/features/cart/components/cart-button';
import { CategoryMenu } from '@/features/catalog/components/category-menu';
import { SearchBox } from '@/features/catalog/components/search-box';
import { useWishlistMenuItems } from '@/features/wishlist/components/wishlist-menu-item';
import { ScrollToTop } from './scroll-to-top';

export function RootLayout() {
  const wishlistItems = useWishlistMenuItems();
  return (
    <AppShell search={<SearchBox />} nav={<CategoryMenu />} actions={<HeaderActions cart={<CartButton />} account={<AccountMenu extraItems={wishlistItems} />} />}>
      <ScrollToTop />
      <AuthEffects />
      <Outlet />
    </AppShell>
  );
}
