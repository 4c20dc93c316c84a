import { DownOutlined, UserOutlined } from '@ant-design/icons';
import type { MenuProps } from 'antd';
import { useLocation } from 'react-router-dom';
import { ButtonLink } from '@/components/shared/button-link';
import { deferred } from '@/components/shared/deferred';
import { useCurrentUser } from '@/hooks/use-session';
import { signInHref } from '@/lib/redirects';
import type { AccountDropdownProps } from './account-dropdown';

/** Until the dropdown's code is there: the same button, not yet opening anything. */
function AccountButton({ user }: AccountDropdownProps) {
  return (
    <button type="button" className="ant-btn ant-btn-text ant-btn-lg account-button account-button--plain" data-testid="account-menu-loading" aria-label={`Account menu of ${user.first_name} ${user.last_name}`}>
      <UserOutlined />
      <span className="account-button__text">{user.first_name}</span>
      <DownOutlined className="account-button__caret" />
    </button>
  );
}

const AccountDropdown = deferred(() => import('./account-dropdown').then((m) => m.AccountDropdown), AccountButton);

/**
 * The header's account slot: "Sign in" when signed out; when signed in, the user's name
 * opening a menu with Account, Orders, the app's extra entries (Wishlist), Admin (admins only)
 * and Sign out.
 */
export function AccountMenu({ extraItems = [] }: { extraItems?: NonNullable<MenuProps['items']> }) {
  const user = useCurrentUser();
  const location = useLocation();
  if (!user) {
    return (
      <ButtonLink to={signInHref(location)} type="text" size="large" icon={<UserOutlined />} className="account-button" data-testid="sign-in-link">
        <span className="account-button__text">Sign in</span>
      </ButtonLink>
    );
  }
  return <AccountDropdown user={user} extraItems={extraItems} />;
}
