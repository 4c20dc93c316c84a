import { useForm } from 'react-hook-form';
import { Link } from 'react-router-dom';
import { Button, TextField, toast } from '@/ui';
import { FormError } from '@/components/form/form-error';
import { useFormSubmit } from '@/hooks/use-form-submit';
import { errorOf, rules } from '@/lib/field-rules';
import { useLoginMutation } from '../api/auth-api';
import { withNext } from '@/lib/redirects';

/** Email and password. Once signed in, the page's guard sends the user on (see GuestOnly). */
export function SignInForm({ next }: { next: string | null }) {
  const [login] = useLoginMutation();
  const form = useForm({ defaultValues: { email: '', password: '' } });
  const { errors } = form.formState;
  const { submit, submitting, formError } = useFormSubmit(form, async (values) => {
    const session = await login({ email: values.email.trim(), password: values.password }).unwrap();
    toast.success(`Welcome back, ${session.user.first_name}!`);
  });

  return (
    <form noValidate onSubmit={(event) => (event.preventDefault(), void submit())} className="auth-form" data-testid="sign-in-form">
      <FormError error={formError} />
      <TextField label="Email" type="email" inputMode="email" autoComplete="email" autoFocus error={errorOf(errors, 'email', 'Email')} {...form.register('email', rules.email)} />
      <TextField
        label="Password"
        type="password"
        autoComplete="current-password"
        error={errorOf(errors, 'password', 'Password')}
        {...form.register('password', { ...rules.required, maxLength: { value: 1024, message: 'is too long' } })}
      />
      <div className="auth-form__aside">
        <Link to={withNext('/forgot-password', next)} data-testid="forgot-password-link">
          Forgot password?
        </Link>
      </div>
      <Button variant="primary" type="submit" size="large" block loading={submitting} data-testid="sign-in-submit">
        Sign in
      </Button>
    </form>
  );
}
