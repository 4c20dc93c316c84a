import { useForm, type FieldValues, type UseFormRegister } from 'react-hook-form';
import { Link, useNavigate } from 'react-router-dom';
import { Button } from '@/ui';
import { FormError } from '@/components/form/form-error';
import { useFormSubmit } from '@/hooks/use-form-submit';
import { useResetPasswordMutation } from '../api/auth-api';
import { useSessionDispatch } from '@/hooks/use-session';
import { NewPasswordFields } from './new-password-fields';
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
      <NewPasswordFields
        register={form.register as unknown as UseFormRegister<FieldValues>}
        errors={form.formState.errors}
        values={form.getValues}
        confirmLabel="Confirm password" autoFocus
      />
      <Button variant="primary" type="submit" size="large" block loading={submitting} data-testid="reset-password-submit">
        Set new password
      </Button>
    </form>
  );
}
