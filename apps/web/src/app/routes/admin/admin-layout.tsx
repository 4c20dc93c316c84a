import { AppstoreOutlined, ArrowLeftOutlined, ClusterOutlined, DashboardOutlined, EditOutlined, PercentageOutlined, ShoppingOutlined, StarOutlined, TeamOutlined } from '@ant-design/icons';
import AntApp from 'antd/es/app';
import ConfigProvider from 'antd/es/config-provider';
import Menu from 'antd/es/menu';
import Typography from 'antd/es/typography';
import enUS from 'antd/locale/en_US';
import { useEffect, useRef } from 'react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { Logo } from '@/components/layout/logo';
import { AccountMenu } from '@/features/auth/components/account-menu';
import { AuthEffects } from '@/features/auth/components/auth-effects';
import { Toaster } from '@/ui';
import { theme } from '../../theme';
import { ScrollToTop } from '../scroll-to-top';
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

/**
 * /admin/*: the back office's own layout: a slim header (logo, back to the shop, account) and a
 * side navigation beside the section's page; no shop search or categories. Only admins get here
 * (RequireAuth).
 */
export function AdminLayout() {
  const location = useLocation();
  const path = location.pathname.replace(/\/+$/, '') || '/';
  const selected = SECTIONS.find((s) => path === s.key || (!s.exact && path.startsWith(`${s.key}/`)))?.key;
  return (
    // antd's theme, locale and App context (message, modal) live here: the back office is the
    // only part of the app that uses antd, so the storefront never downloads it.
    <ConfigProvider theme={theme} locale={enUS}>
      <AntApp>
        <AdminShell selected={selected} />
      </AntApp>
    </ConfigProvider>
  );
}

function AdminShell({ selected }: { selected: string | undefined }) {
  const nav = useRef<HTMLElement>(null);
  // On a phone the sections are a row that scrolls sideways: bring the current one into view.
  useEffect(() => {
    const menu = nav.current?.querySelector<HTMLElement>('.ant-menu');
    const item = menu?.querySelector<HTMLElement>('.ant-menu-item-selected');
    if (!menu || !item || menu.scrollWidth <= menu.clientWidth) return;
    const strip = menu.getBoundingClientRect();
    const current = item.getBoundingClientRect();
    if (current.left < strip.left || current.right > strip.right) menu.scrollLeft += current.left - strip.left - 8;
  }, [selected]);
  return (
    <div className="admin-shell">
      <Toaster />
      <ScrollToTop />
      <AuthEffects />
      <a className="skip-link" href="#admin-main">
        Skip to content
      </a>
      <header className="admin-header">
        <Logo />
        <Typography.Text className="admin-header__label">Back office</Typography.Text>
        <Link to="/" className="admin-header__shop" data-testid="admin-back-to-shop">
          <ArrowLeftOutlined /> Back to the shop
        </Link>
        <AccountMenu />
      </header>
      <div className="admin-page" data-testid="admin-page">
        <nav className="admin-nav" aria-label="Back office" ref={nav}>
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
        <main id="admin-main" className="admin-content">
          <Outlet />
        </main>
      </div>
    </div>
  );
}
