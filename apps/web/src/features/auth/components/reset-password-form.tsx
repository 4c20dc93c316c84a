import { zodResolver } from '@hookform/resolvers/zod';
import Button from 'antd/es/button';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import { useForm } from 'react-hook-form';
import { Link, useNavigate } from 'react-router-dom';
import { FormAlert } from '@/components/form/form-alert';
import { FormField } from '@/components/form/form-field';
import { useFormSubmit } from '@/hooks/use-form-submit';
import { useResetPasswordMutation } from '../api/auth-api';
import { useSessionDispatch } from '@/hooks/use-session';
import { resetPasswordFormSchema } from '../lib/password-forms';
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
  const form = useForm({ resolver: zodResolver(resetPasswordFormSchema), defaultValues: { new_password: '', confirm_password: '' } });
  const { submit, submitting, formError } = useFormSubmit(form, async (values) => {
    await resetPassword({ token, new_password: values.new_password }).unwrap();
    // The reset ended every session of the account, this browser's included.
    dispatch(signedOut());
    const notice: SignInNotice = { type: 'success', text: 'Your password has been changed. Sign in with your new password.' };
    navigate('/sign-in', { replace: true, state: { notice } });
  });
  const linkProblem = formError?.details.token !== undefined;

  return (
    <Form layout="vertical" requiredMark={false} onFinish={submit} data-testid="reset-password-form">
      <FormAlert error={formError}>
        {linkProblem ? (
          <span data-testid="reset-link-invalid">
            {formError?.message}. <Link to="/forgot-password">Request a new link</Link>
          </span>
        ) : undefined}
      </FormAlert>
      <FormField control={form.control} name="new_password" label="New password" extra="At least 8 characters.">
        {(field) => <Input.Password {...field} size="large" autoComplete="new-password" autoFocus />}
      </FormField>
      <FormField control={form.control} name="confirm_password" label="Confirm password">
        {(field) => <Input.Password {...field} size="large" autoComplete="new-password" />}
      </FormField>
      <Button type="primary" htmlType="submit" size="large" block loading={submitting} data-testid="reset-password-submit">
        Set new password
      </Button>
    </Form>
  );
}
