import { zodResolver } from '@hookform/resolvers/zod';
import { loginSchema } from '@devgear/contracts';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router-dom';
import { FormAlert } from '@/components/form/form-alert';
import { FormField } from '@/components/form/form-field';
import { useFormSubmit } from '@/hooks/use-form-submit';
import { useLoginMutation } from '../api/auth-api';
import { withNext } from '@/lib/redirects';

/** Email and password. Once signed in, the page's guard sends the user on (see GuestOnly). */
export function SignInForm({ next }: { next: string | null }) {
  const [login] = useLoginMutation();
  const { message } = App.useApp();
  const form = useForm({ resolver: zodResolver(loginSchema), defaultValues: { email: '', password: '' } });
  const { submit, submitting, formError } = useFormSubmit(form, async (values) => {
    const session = await login(values).unwrap();
    void message.success(`Welcome back, ${session.user.first_name}!`);
  });

  return (
    <Form layout="vertical" requiredMark={false} onFinish={submit} data-testid="sign-in-form">
      <FormAlert error={formError} />
      <FormField control={form.control} name="email" label="Email">
        {(field) => <Input {...field} size="large" inputMode="email" autoComplete="email" autoFocus />}
      </FormField>
      <FormField control={form.control} name="password" label="Password">
        {(field) => <Input.Password {...field} size="large" autoComplete="current-password" />}
      </FormField>
      <div className="auth-form__aside">
        <Link to={withNext('/forgot-password', next)} data-testid="forgot-password-link">
          Forgot password?
        </Link>
      </div>
      <Button type="primary" htmlType="submit" size="large" block loading={submitting} data-testid="sign-in-submit">
        Sign in
      </Button>
    </Form>
  );
}
