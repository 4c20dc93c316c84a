import AntApp from 'antd/es/app';
import ConfigProvider from 'antd/es/config-provider';
import enUS from 'antd/locale/en_US';
import type { ReactNode } from 'react';
import { Provider as ReduxProvider } from 'react-redux';
import type { AppStore } from './store';
import { theme } from './theme';

/** Everything the app's components expect around them: the Redux store and the antd theme. */
export function AppProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return (
    <ReduxProvider store={store}>
      <ConfigProvider theme={theme} locale={enUS}>
        <AntApp>{children}</AntApp>
      </ConfigProvider>
    </ReduxProvider>
  );
}
