import { Link, useSearchParams } from 'react-router-dom';
import { ButtonLink, Result } from '@/ui';
import { AuthCard } from '@/features/auth/components/auth-card';
import { ResetPasswordForm } from '@/features/auth/components/reset-password-form';
import { useDocumentTitle } from '@/hooks/use-document-title';

/** /reset-password?token=...: the page the password-reset email links to. */
export function ResetPasswordRoute() {
  useDocumentTitle('Choose a new password');
  const [params] = useSearchParams();
  const token = params.get('token')?.trim() ?? '';

  if (!token) {
    return (
      <AuthCard title="Choose a new password" testId="reset-password-page">
        <div data-testid="reset-link-incomplete">
          <Result
            status="warning"
            level={2}
            title="This link is incomplete"
            subTitle="Open the link from the email exactly as it was sent, or ask for a new one."
            extra={
              <ButtonLink variant="primary" to="/forgot-password">
                Request a new link
              </ButtonLink>
            }
          />
        </div>
      </AuthCard>
    );
  }

  return (
    <AuthCard
      title="Choose a new password"
      subtitle="You will be signed out everywhere and can then sign in with the new password."
      testId="reset-password-page"
      footer={<Link to="/sign-in">Back to sign in</Link>}
    >
      <ResetPasswordForm token={token} />
    </AuthCard>
  );
}
