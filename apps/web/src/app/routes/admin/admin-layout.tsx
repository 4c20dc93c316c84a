import { AppstoreOutlined, ClusterOutlined, DashboardOutlined, EditOutlined, PercentageOutlined, ShoppingOutlined, StarOutlined, TeamOutlined } from '@ant-design/icons';
import { Menu, Typography } from 'antd';
import { Link, Outlet, useLocation } from 'react-router-dom';
import './admin.css';

/** The back office's sections; later issues add products, reviews, ... here. */
const SECTIONS = [
  { key: '/admin', label: 'Dashboard', icon: <DashboardOutlined />, exact: true },
  { key: '/admin/orders', label: 'Orders', icon: <ShoppingOutlined /> },
  { key: '/admin/products', label: 'Products', icon: <AppstoreOutlined /> },
  { key: '/admin/discounts', label: 'Discounts', icon: <PercentageOutlined /> },
  { key: '/admin/reviews', label: 'Reviews', icon: <StarOutlined /> },
  { key: '/admin/blog', label: 'Blog', icon: <EditOutlined /> },
  { key: '/admin/users', label: 'Users', icon: <TeamOutlined /> },
  { key: '/admin/system', label: 'System', icon: <ClusterOutlined /> },
];

/** /admin/*: a section menu beside the section's page. Only admins get here (RequireAuth). */
export function AdminLayout() {
  const location = useLocation();
  const path = location.pathname.replace(/\/+$/, '') || '/';
  const selected = SECTIONS.find((s) => path === s.key || (!s.exact && path.startsWith(`${s.key}/`)))?.key;
  return (
    <div className="admin-page" data-testid="admin-page">
      <nav className="admin-nav" aria-label="Back office">
        <Typography.Text type="secondary" className="admin-nav__title">
          Admin
        </Typography.Text>
        <Menu
          mode="inline"
          selectedKeys={selected ? [selected] : []}
          items={SECTIONS.map((s) => ({ key: s.key, icon: s.icon, label: <Link to={s.key} data-testid={`admin-nav-${s.label.toLowerCase()}`}>{s.label}</Link> }))}
          className="admin-nav__menu"
        />
      </nav>
      <div className="admin-content">
        <Outlet />
      </div>
    </div>
  );
}
