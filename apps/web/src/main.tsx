import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router-dom';
import { AppProvider } from './app/provider';
import { readInitialData, seedInitialData } from './app/initial-data';
import { createAppRouter, whenRouterReady } from './app/router';
import { makeStore } from './app/store';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element to render the app into.');

const store = makeStore();
// Product, category and blog pages come with their data: painted without asking the API again.
seedInitialData(store, readInitialData(), window.location.pathname, window.location.search);
const router = createAppRouter();

// The first render is a transition: React renders it in slices of a few milliseconds, yielding to
// the browser in between (the server's first paint stays on screen meanwhile), instead of one long
// task that blocks input while the page is already visible.
void whenRouterReady(router).then(() => {
  const root = createRoot(container);
  startTransition(() =>
    root.render(
      <StrictMode>
        <AppProvider store={store}>
          <RouterProvider router={router} />
        </AppProvider>
      </StrictMode>,
    ),
  );
});
