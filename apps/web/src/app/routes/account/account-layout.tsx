import { EnvironmentOutlined, LockOutlined, ShoppingOutlined, UserOutlined } from '@ant-design/icons';
import Tabs from 'antd/es/tabs';
import Typography from 'antd/es/typography';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useCurrentUser } from '@/hooks/use-session';

const SECTIONS = [
  { key: 'profile', path: '/account', label: 'Profile', icon: <UserOutlined /> },
  { key: 'orders', path: '/account/orders', label: 'Orders', icon: <ShoppingOutlined /> },
  { key: 'addresses', path: '/account/addresses', label: 'Addresses', icon: <EnvironmentOutlined /> },
  { key: 'security', path: '/account/security', label: 'Security', icon: <LockOutlined /> },
];

/** /account/*: one tab per section, each its own URL. */
export function AccountLayout() {
  const user = useCurrentUser();
  const location = useLocation();
  const navigate = useNavigate();
  const active = SECTIONS.find((s) => s.path === location.pathname.replace(/\/+$/, ''))?.key ?? 'profile';

  return (
    <div className="account-page" data-testid="account-page">
      <Typography.Title level={1} className="page-title">
        Your account
      </Typography.Title>
      {user && (
        <Typography.Paragraph type="secondary" className="account-page__lead">
          Signed in as {user.first_name} {user.last_name} ({user.email})
        </Typography.Paragraph>
      )}
      <Tabs
        activeKey={active}
        onChange={(key) => navigate(SECTIONS.find((s) => s.key === key)?.path ?? '/account')}
        items={SECTIONS.map((s) => ({
          key: s.key,
          label: (
            <span data-testid={`account-tab-${s.key}`}>
              {s.icon} {s.label}
            </span>
          ),
        }))}
      />
      <div className="account-panel">
        <Outlet />
      </div>
    </div>
  );
}
