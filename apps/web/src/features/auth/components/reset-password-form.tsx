import { useForm } from 'react-hook-form';
import { Link, useNavigate } from 'react-router-dom';
import { Button, TextField } from '@/ui';
import { FormError } from '@/components/form/form-error';
import { useFormSubmit } from '@/hooks/use-form-submit';
import { errorOf, rules } from '@/lib/field-rules';
import { useResetPasswordMutation } from '../api/auth-api';
import { useSessionDispatch } from '@/hooks/use-session';
import { confirmationRule } from '../lib/password-forms';
import type { SignInNotice } from '@/lib/redirects';
import { signedOut } from '@/lib/session-slice';

/**
 * Sets a new password with the token from the emailed link, then sends the user to sign in.
 * A used or expired link shows the API's message and a way to ask for a new one; a password
 * the API refuses keeps the link usable for another try.
 */
export function ResetPasswordForm({ token }: { token: string }) {
  const [resetPassword] = useResetPasswordMutation();
  const navigate = useNavigate();
  const dispatch = useSessionDispatch();
  const form = useForm({ defaultValues: { new_password: '', confirm_password: '' } });
  const { errors } = form.formState;
  const { submit, submitting, formError } = useFormSubmit(form, async (values) => {
    await resetPassword({ token, new_password: values.new_password }).unwrap();
    // The reset ended every session of the account, this browser's included.
    dispatch(signedOut());
    const notice: SignInNotice = { type: 'success', text: 'Your password has been changed. Sign in with your new password.' };
    navigate('/sign-in', { replace: true, state: { notice } });
  });
  const linkProblem = formError?.details.token !== undefined;

  return (
    <form noValidate onSubmit={(event) => (event.preventDefault(), void submit())} className="auth-form" data-testid="reset-password-form">
      <FormError error={formError}>
        {linkProblem ? (
          <span data-testid="reset-link-invalid">
            {formError?.message}. <Link to="/forgot-password">Request a new link</Link>
          </span>
        ) : undefined}
      </FormError>
      <TextField
        label="New password"
        type="password"
        autoComplete="new-password"
        autoFocus
        help="At least 8 characters."
        error={errorOf(errors, 'new_password', 'New password')}
        {...form.register('new_password', rules.password)}
      />
      <TextField
        label="Confirm password"
        type="password"
        autoComplete="new-password"
        error={errorOf(errors, 'confirm_password', 'Confirm password')}
        {...form.register('confirm_password', confirmationRule(form.getValues))}
      />
      <Button variant="primary" type="submit" size="large" block loading={submitting} data-testid="reset-password-submit">
        Set new password
      </Button>
    </form>
  );
}
