import { lazy, Suspense, type ComponentType } from 'react';

/**
 * A component whose code loads after the page has painted: `Fallback` (light, no heavy
 * antd parts) renders at once with the same props, and the real component takes its place
 * when its chunk arrives. Keeps header widgets (search suggestions, menus, the cart drawer)
 * out of the JavaScript every first visit waits for (`pnpm test:budget`).
 */
export function deferred<P extends object>(load: () => Promise<ComponentType<P>>, Fallback: ComponentType<P>): ComponentType<P> {
  const Lazy = lazy(async () => ({ default: await load() }));
  function Deferred(props: P) {
    return (
      <Suspense fallback={<Fallback {...props} />}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  return Deferred;
}
