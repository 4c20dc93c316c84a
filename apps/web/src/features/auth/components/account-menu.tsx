import { useLocation } from 'react-router-dom';
import { ButtonLink, UserIcon, type MenuItem } from '@/ui';
import { useCurrentUser } from '@/hooks/use-session';
import { signInHref } from '@/lib/redirects';
import { AccountDropdown } from './account-dropdown';

/**
 * The header's account slot: "Sign in" when signed out; when signed in, the user's name
 * opening a menu with Account, Orders, the app's extra entries (Wishlist), Admin (admins only)
 * and Sign out.
 */
export function AccountMenu({ extraItems = [] }: { extraItems?: MenuItem[] }) {
  const user = useCurrentUser();
  const location = useLocation();
  if (!user) {
    return (
      <ButtonLink to={signInHref(location)} variant="text" size="large" icon={<UserIcon />} className="account-button" data-testid="sign-in-link">
        <span className="account-button__text">Sign in</span>
      </ButtonLink>
    );
  }
  return <AccountDropdown user={user} extraItems={extraItems} />;
}
