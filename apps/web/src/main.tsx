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

/** A macrotask boundary: the browser may paint and handle input between the start-up steps. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

// Start-up in steps, each its own task (store and page data, router and the page's code, first
// render as a transition): no single long task between the server's first paint and a usable page.
async function start(root: HTMLElement): Promise<void> {
  const store = makeStore();
  // Product, category and blog pages come with their data: painted without asking the API again.
  seedInitialData(store, readInitialData(), window.location.pathname, window.location.search);
  await nextTask();
  const router = createAppRouter();
  await whenRouterReady(router);
  await nextTask();
  const app = createRoot(root);
  // React renders the first tree in slices of a few milliseconds, yielding in between (the
  // server's first paint stays on screen meanwhile).
  startTransition(() =>
    app.render(
      <StrictMode>
        <AppProvider store={store}>
          <RouterProvider router={router} />
        </AppProvider>
      </StrictMode>,
    ),
  );
}

void start(container);
