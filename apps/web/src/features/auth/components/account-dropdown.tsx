import { DownOutlined, LogoutOutlined, SettingOutlined, ShoppingOutlined, UserOutlined } from '@ant-design/icons';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Dropdown from 'antd/es/dropdown';
import type { MenuProps } from 'antd';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import type { UserDto } from '@devgear/contracts';
import { useSessionDispatch } from '@/hooks/use-session';
import { signOut } from '../lib/session-client';

/** Pages that need a session: signing out there goes back to the shop. */
const PRIVATE_AREAS = ['/account', '/admin', '/cart', '/checkout', '/orders', '/wishlist'];

export interface AccountDropdownProps {
  user: UserDto;
  extraItems?: NonNullable<MenuProps['items']>;
}

/** The signed-in user's name opening a menu (see AccountMenu); its code loads after the first paint. */
export function AccountDropdown({ user, extraItems = [] }: AccountDropdownProps) {
  const location = useLocation();
  const navigate = useNavigate();
  const dispatch = useSessionDispatch();
  const { message } = App.useApp();

  const items: MenuProps['items'] = [
    {
      key: 'who',
      type: 'group',
      label: (
        <span className="account-menu__who" data-testid="account-menu-email">
          {user.email}
        </span>
      ),
    },
    { key: 'account', icon: <UserOutlined />, label: <Link to="/account" data-testid="menu-account">Account</Link> },
    { key: 'orders', icon: <ShoppingOutlined />, label: <Link to="/account/orders" data-testid="menu-orders">Orders</Link> },
    // Entries other features give (the wishlist with its count).
    ...extraItems,
    ...(user.role === 'admin'
      ? [{ key: 'admin', icon: <SettingOutlined />, label: <Link to="/admin" data-testid="menu-admin">Admin</Link> }]
      : []),
    { type: 'divider' as const },
    { key: 'sign-out', icon: <LogoutOutlined />, label: <span data-testid="menu-sign-out">Sign out</span>, danger: true },
  ];

  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key !== 'sign-out') return;
    const onPrivatePage = PRIVATE_AREAS.some((area) => location.pathname === area || location.pathname.startsWith(`${area}/`));
    // Leave a private page first: signed out there, it would send you to sign in again.
    void Promise.resolve(onPrivatePage ? navigate('/') : undefined).then(() => {
      void dispatch(signOut());
      void message.success('You are signed out. See you soon!');
    });
  };

  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
      <Button type="text" size="large" className="account-button" data-testid="account-menu" aria-label={`Account menu of ${user.first_name} ${user.last_name}`}>
        <UserOutlined />
        <span className="account-button__text" data-testid="account-menu-name">
          {user.first_name}
        </span>
        <DownOutlined className="account-button__caret" />
      </Button>
    </Dropdown>
  );
}
