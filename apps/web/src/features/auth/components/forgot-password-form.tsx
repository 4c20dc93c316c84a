import { zodResolver } from '@hookform/resolvers/zod';
import { passwordResetRequestSchema } from '@devgear/contracts';
import Button from 'antd/es/button';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import Result from 'antd/es/result';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { FormAlert } from '@/components/form/form-alert';
import { FormField } from '@/components/form/form-field';
import { ButtonLink } from '@/components/shared/button-link';
import { useFormSubmit } from '@/hooks/use-form-submit';
import { useRequestPasswordResetMutation } from '../api/auth-api';

/**
 * Asks for a reset link. The answer is the same whether or not an account exists (the API
 * answers 202 either way), so nobody can find out who has an account here.
 */
export function ForgotPasswordForm({ signInTo }: { signInTo: string }) {
  const [requestReset] = useRequestPasswordResetMutation();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useForm({ resolver: zodResolver(passwordResetRequestSchema), defaultValues: { email: '' } });
  const { submit, submitting, formError } = useFormSubmit(form, async (values) => {
    await requestReset(values).unwrap();
    setSentTo(values.email);
  });

  if (sentTo) {
    return (
      <div data-testid="reset-requested">
        <Result
          status="success"
          className="auth-result"
          title="Check your email"
          subTitle={`If an account exists for ${sentTo}, we sent it a link to choose a new password. The link works once, for one hour.`}
          extra={
            <ButtonLink to={signInTo} type="primary">
              Back to sign in
            </ButtonLink>
          }
        />
      </div>
    );
  }

  return (
    <Form layout="vertical" requiredMark={false} onFinish={submit} data-testid="forgot-password-form">
      <FormAlert error={formError} />
      <FormField control={form.control} name="email" label="Email">
        {(field) => <Input {...field} size="large" inputMode="email" autoComplete="email" autoFocus />}
      </FormField>
      <Button type="primary" htmlType="submit" size="large" block loading={submitting} data-testid="forgot-password-submit">
        Send reset link
      </Button>
    </Form>
  );
}
