import type { ReactNode } from 'react';
import { Toaster } from '@/ui';
import '../../styles/shop.css';
import '../../styles/shop-pages.css';
import { AppFooter } from './app-footer';
import { Logo } from './logo';

interface AppShellProps {
  /** The search box. */
  search: ReactNode;
  /** Category navigation: a menu bar on wide screens, a drawer button on phones. */
  nav: ReactNode;
  /** Cart and account. */
  actions: ReactNode;
  children: ReactNode;
}

/** Header (logo, search, navigation, cart/account), page content and footer: plain markup, on every first paint. */
export function AppShell({ search, nav, actions, children }: AppShellProps) {
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <div className="container app-header__grid">
          <div className="app-header__nav">{nav}</div>
          <div className="app-header__logo">
            <Logo />
          </div>
          <div className="app-header__search" role="search">
            {search}
          </div>
          <div className="app-header__actions">{actions}</div>
        </div>
      </header>
      <main id="main" className="app-content">
        <div className="container">{children}</div>
      </main>
      <AppFooter />
      <Toaster />
    </div>
  );
}
