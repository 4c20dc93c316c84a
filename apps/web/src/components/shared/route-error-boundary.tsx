import { useEffect } from 'react';
import { isRouteErrorResponse, useRouteError } from 'react-router-dom';
import { Button, ReloadIcon, Result } from '@/ui';
import { NotFound } from './not-found';

/**
 * Catches anything a page throws while rendering or loading, so one broken page shows a
 * friendly message (inside the shop's header and footer) instead of a blank screen.
 */
export function RouteErrorBoundary() {
  const error = useRouteError();
  useEffect(() => {
    // Keep the details for whoever opens the console; the page shows none of them.
    console.error('Route error', error);
  }, [error]);

  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;

  return (
    <div data-testid="route-error">
      <Result
        status="500"
        title="Something went wrong"
        subTitle="This page ran into a problem. Reloading usually fixes it; if it does not, please try again in a few minutes."
        extra={
          <>
            <Button variant="primary" icon={<ReloadIcon />} onClick={() => window.location.reload()}>
              Reload the page
            </Button>
            <a className="ui-btn ui-btn--default" href="/">
              Go to the home page
            </a>
          </>
        }
      />
    </div>
  );
}
