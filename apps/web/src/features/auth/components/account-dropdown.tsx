import type { UserDto } from '@devgear/contracts';
import { useLocation, useNavigate } from 'react-router-dom';
import { ChevronDownIcon, DisclosureMenu, GridIcon, LogoutIcon, toast, UserIcon, type MenuItem } from '@/ui';
import { useSessionDispatch } from '@/hooks/use-session';
import { signOut } from '../lib/session-client';

/** Pages that need a session: signing out there goes back to the shop. */
const PRIVATE_AREAS = ['/account', '/admin', '/cart', '/checkout', '/orders', '/wishlist'];

export interface AccountDropdownProps {
  user: UserDto;
  /** Entries other features give (the wishlist with its count). */
  extraItems?: MenuItem[];
}

/** The signed-in user's name opening a menu: Account, Orders, the extra entries, Admin (admins only), Sign out. */
export function AccountDropdown({ user, extraItems = [] }: AccountDropdownProps) {
  const location = useLocation();
  const navigate = useNavigate();
  const dispatch = useSessionDispatch();

  const signOutHere = () => {
    const onPrivatePage = PRIVATE_AREAS.some((area) => location.pathname === area || location.pathname.startsWith(`${area}/`));
    // Leave a private page first: signed out there, it would send you to sign in again.
    void Promise.resolve(onPrivatePage ? navigate('/') : undefined).then(() => {
      void dispatch(signOut());
      toast.success('You are signed out. See you soon!');
    });
  };

  const items: MenuItem[] = [
    { key: 'account', icon: <UserIcon />, to: '/account', label: <span data-testid="menu-account">Account</span> },
    { key: 'orders', icon: <GridIcon />, to: '/account/orders', label: <span data-testid="menu-orders">Orders</span> },
    ...extraItems,
    ...(user.role === 'admin' ? [{ key: 'admin', icon: <GridIcon />, to: '/admin', label: <span data-testid="menu-admin">Admin</span> }] : []),
    { key: 'sign-out', icon: <LogoutIcon />, danger: true, onClick: signOutHere, label: <span data-testid="menu-sign-out">Sign out</span> },
  ];

  return (
    <DisclosureMenu
      buttonLabel={`Account menu of ${user.first_name} ${user.last_name}`}
      buttonClassName="ui-btn ui-btn--text ui-btn--large account-button"
      header={
        <span className="account-menu__who" data-testid="account-menu-email">
          {user.email}
        </span>
      }
      items={items}
      button={
        <span className="account-button__inner" data-testid="account-menu">
          <UserIcon />
          <span className="account-button__text" data-testid="account-menu-name">
            {user.first_name}
          </span>
          <ChevronDownIcon />
        </span>
      }
    />
  );
}
