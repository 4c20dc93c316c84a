import { NavLink, Outlet } from 'react-router-dom';
import { useCurrentUser } from '@/hooks/use-session';
import '../../../components/form/forms.css';

const SECTIONS = [
  { key: 'profile', path: '/account', label: 'Profile' },
  { key: 'orders', path: '/account/orders', label: 'Orders' },
  { key: 'addresses', path: '/account/addresses', label: 'Addresses' },
  { key: 'security', path: '/account/security', label: 'Security' },
];

/** /account/*: one tab (a link) per section, each its own URL. */
export function AccountLayout() {
  const user = useCurrentUser();

  return (
    <div className="account-page" data-testid="account-page">
      <h1 className="page-title">Your account</h1>
      {user && (
        <p className="account-page__lead text-secondary">
          Signed in as {user.first_name} {user.last_name} ({user.email})
        </p>
      )}
      <nav className="account-tabs" aria-label="Account sections">
        {SECTIONS.map((s) => (
          <NavLink key={s.key} to={s.path} end className={({ isActive }) => `account-tabs__tab${isActive ? ' is-active' : ''}`} data-testid={`account-tab-${s.key}`}>
            {s.label}
          </NavLink>
        ))}
      </nav>
      <div className="account-panel">
        <Outlet />
      </div>
    </div>
  );
}
