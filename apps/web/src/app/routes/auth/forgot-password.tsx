import { Link, useSearchParams } from 'react-router-dom';
import { AuthCard } from '@/features/auth/components/auth-card';
import { ForgotPasswordForm } from '@/features/auth/components/forgot-password-form';
import { withNext } from '@/lib/redirects';
import { useDocumentTitle } from '@/hooks/use-document-title';

export function ForgotPasswordRoute() {
  useDocumentTitle('Forgot password');
  const [params] = useSearchParams();
  const signInTo = withNext('/sign-in', params.get('next'));
  return (
    <AuthCard
      title="Forgot your password?"
      subtitle="Enter the email of your account and we will send you a link to choose a new password."
      testId="forgot-password-page"
      footer={
        <>
          Remembered it? <Link to={signInTo}>Sign in</Link>
        </>
      }
    >
      <ForgotPasswordForm signInTo={signInTo} />
    </AuthCard>
  );
}
