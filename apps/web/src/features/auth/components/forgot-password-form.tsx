import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Button, ButtonLink, Result, TextField } from '@/ui';
import { FormError } from '@/components/form/form-error';
import { useFormSubmit } from '@/hooks/use-form-submit';
import { errorOf, rules } from '@/lib/field-rules';
import { useRequestPasswordResetMutation } from '../api/auth-api';

/**
 * Asks for a reset link. The answer is the same whether or not an account exists (the API
 * answers 202 either way), so nobody can find out who has an account here.
 */
export function ForgotPasswordForm({ signInTo }: { signInTo: string }) {
  const [requestReset] = useRequestPasswordResetMutation();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useForm({ defaultValues: { email: '' } });
  const { submit, submitting, formError } = useFormSubmit(form, async (values) => {
    const email = values.email.trim();
    await requestReset({ email }).unwrap();
    setSentTo(email);
  });

  if (sentTo) {
    return (
      <div data-testid="reset-requested">
        <Result
          status="success"
          level={2}
          title="Check your email"
          subTitle={`If an account exists for ${sentTo}, we sent it a link to choose a new password. The link works once, for one hour.`}
          extra={
            <ButtonLink to={signInTo} variant="primary">
              Back to sign in
            </ButtonLink>
          }
        />
      </div>
    );
  }

  return (
    <form noValidate onSubmit={(event) => (event.preventDefault(), void submit())} className="auth-form" data-testid="forgot-password-form">
      <FormError error={formError} />
      <TextField label="Email" type="email" inputMode="email" autoComplete="email" autoFocus error={errorOf(form.formState.errors, 'email', 'Email')} {...form.register('email', rules.email)} />
      <Button variant="primary" type="submit" size="large" block loading={submitting} data-testid="forgot-password-submit">
        Send reset link
      </Button>
    </form>
  );
}
