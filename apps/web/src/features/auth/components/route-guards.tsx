import type { UserDto } from '@devgear/contracts';
import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Outlet, useLocation, useSearchParams } from 'react-router-dom';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useCurrentUser } from '@/hooks/use-session';
import { safeNextPath, signInHref } from '@/lib/redirects';

/** The 403 page (antd Result) loads only when shown. */
const Forbidden = lazy(() => import('@/components/shared/forbidden').then((m) => ({ default: m.Forbidden })));

function ForbiddenPage() {
  useDocumentTitle('Not allowed');
  return (
    <Suspense fallback={null}>
      <Forbidden />
    </Suspense>
  );
}

/**
 * Pages for signed-in users (optionally of one role). Signed out: off to sign in, coming
 * back here afterwards. Signed in with the wrong role: a 403 page.
 */
export function RequireAuth({ role, children }: { role?: UserDto['role']; children?: ReactNode }) {
  const user = useCurrentUser();
  const location = useLocation();
  if (!user) return <Navigate to={signInHref(location)} replace />;
  if (role && user.role !== role) return <ForbiddenPage />;
  return children ?? <Outlet />;
}

/** Sign-in and sign-up: once signed in, go on to the page the user came for (?next=). */
export function GuestOnly({ children }: { children?: ReactNode }) {
  const user = useCurrentUser();
  const [params] = useSearchParams();
  if (user) return <Navigate to={safeNextPath(params.get('next'), '/')} replace />;
  return children ?? <Outlet />;
}
