import { Link, useSearchParams } from 'react-router-dom';
import { AuthCard } from '@/features/auth/components/auth-card';
import { SignUpForm } from '@/features/auth/components/sign-up-form';
import { withNext } from '@/lib/redirects';
import { useDocumentTitle } from '@/hooks/use-document-title';

export function SignUpRoute() {
  useDocumentTitle('Create an account');
  const [params] = useSearchParams();
  return (
    <AuthCard
      title="Create your account"
      subtitle="Save addresses, check out faster and follow your orders."
      testId="sign-up-page"
      footer={
        <>
          Already have an account? <Link to={withNext('/sign-in', params.get('next'))}>Sign in</Link>
        </>
      }
    >
      <SignUpForm />
    </AuthCard>
  );
}
