import type { UserDto } from '@devgear/contracts';
import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation, useSearchParams } from 'react-router-dom';
import { Forbidden } from '@/components/shared/forbidden';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useCurrentUser } from '../hooks/use-session';
import { safeNextPath, signInHref } from '../lib/redirects';

function ForbiddenPage() {
  useDocumentTitle('Not allowed');
  return <Forbidden />;
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
