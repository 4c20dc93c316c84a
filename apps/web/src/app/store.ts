import { configureStore } from '@reduxjs/toolkit';
import { setupListeners } from '@reduxjs/toolkit/query';
import { createAuthHandlers, persistSession } from '@/features/auth/lib/session-client';
import { readStoredSession, type StoredSession } from '@/lib/session-storage';
import { sessionSlice, sessionStateFrom } from '@/lib/session-slice';
import { setAuthHandlers } from '@/lib/api-client';
import { baseApi } from '@/lib/base-api';

interface StoreOptions {
  /** The session to start with; by default the one saved in localStorage (a reload stays signed in). */
  session?: StoredSession | null;
}

export function makeStore(options: StoreOptions = {}) {
  const store = configureStore({
    reducer: { [baseApi.reducerPath]: baseApi.reducer, session: sessionSlice.reducer },
    preloadedState: { session: sessionStateFrom(options.session !== undefined ? options.session : readStoredSession()) },
    middleware: (getDefault) => getDefault().concat(baseApi.middleware),
  });
  persistSession(store);
  // The HTTP client sends this store's access token and renews it through this store.
  setAuthHandlers(createAuthHandlers(store));
  // Refetch on focus / reconnect where endpoints ask for it.
  setupListeners(store.dispatch);
  return store;
}

export type AppStore = ReturnType<typeof makeStore>;
export type RootState = ReturnType<AppStore['getState']>;
export type AppDispatch = AppStore['dispatch'];
