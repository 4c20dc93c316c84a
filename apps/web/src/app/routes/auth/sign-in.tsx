import { useEffect, useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router-dom';
import { Alert } from '@/ui';
import { AuthCard } from '@/features/auth/components/auth-card';
import { SignInForm } from '@/features/auth/components/sign-in-form';
import { useSession, useSessionDispatch } from '@/hooks/use-session';
import { noticeFrom, withNext } from '@/lib/redirects';
import { sessionEndAnnounced } from '@/lib/session-slice';
import { useDocumentTitle } from '@/hooks/use-document-title';

/** /sign-in?next=/account: signs in and goes back to `next`. */
export function SignInRoute() {
  useDocumentTitle('Sign in');
  const [params] = useSearchParams();
  const next = params.get('next');
  const location = useLocation();
  const { ended } = useSession();
  const dispatch = useSessionDispatch();
  // Read once: the reason is cleared from the store when the page closes (told once, here).
  const [expired] = useState(ended === 'expired');
  const notice =
    noticeFrom(location.state) ?? (expired ? { type: 'warning' as const, text: 'Your session has ended. Please sign in again.' } : null);

  useEffect(() => () => void dispatch(sessionEndAnnounced()), [dispatch]);

  return (
    <AuthCard
      title="Sign in"
      subtitle="Welcome back. Sign in to see your account and addresses."
      testId="sign-in-page"
      footer={
        <>
          New to DevGear? <Link to={withNext('/sign-up', next)} data-testid="sign-up-link">Create an account</Link>
        </>
      }
    >
      {notice && <Alert type={notice.type} title={notice.text} data-testid="sign-in-notice" className="auth-card__notice" />}
      <SignInForm next={next} />
    </AuthCard>
  );
}
