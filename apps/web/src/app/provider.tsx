import type { ReactNode } from 'react';
import { Provider as ReduxProvider } from 'react-redux';
import type { AppStore } from './store';

/**
 * What every page expects around it: the Redux store. antd's theme, locale and App context are
 * the back office's alone (AdminLayout, a lazy chunk): the storefront's first download has no antd.
 */
export function AppProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <ReduxProvider store={store}>{children}</ReduxProvider>;
}
