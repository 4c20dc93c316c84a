import { TeamOutlined } from '@ant-design/icons';
import { Menu, Typography } from 'antd';
import { Link, Outlet, useLocation } from 'react-router-dom';

/** The back office's sections; later issues add orders, products, discounts, ... here. */
const SECTIONS = [{ key: '/admin/users', label: 'Users', icon: <TeamOutlined /> }];

/** /admin/*: a section menu beside the section's page. Only admins get here (RequireAuth). */
export function AdminLayout() {
  const location = useLocation();
  const selected = SECTIONS.find((s) => location.pathname === s.key || location.pathname.startsWith(`${s.key}/`))?.key;
  return (
    <div className="admin-page" data-testid="admin-page">
      <nav className="admin-nav" aria-label="Back office">
        <Typography.Text type="secondary" className="admin-nav__title">
          Admin
        </Typography.Text>
        <Menu
          mode="inline"
          selectedKeys={selected ? [selected] : []}
          items={SECTIONS.map((s) => ({ key: s.key, icon: s.icon, label: <Link to={s.key}>{s.label}</Link> }))}
          className="admin-nav__menu"
        />
      </nav>
      <div className="admin-content">
        <Outlet />
      </div>
    </div>
  );
}
