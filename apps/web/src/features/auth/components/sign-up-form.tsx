import { useForm } from 'react-hook-form';
import { Button, TextField, toast } from '@/ui';
import { FormError } from '@/components/form/form-error';
import { useFormSubmit } from '@/hooks/use-form-submit';
import { errorOf, rules } from '@/lib/field-rules';
import { useRegisterMutation } from '../api/auth-api';

/** Creates the account and signs in; a taken email shows on the email field (409 details). */
export function SignUpForm() {
  const [register] = useRegisterMutation();
  const form = useForm({ defaultValues: { first_name: '', last_name: '', email: '', password: '' } });
  const { errors } = form.formState;
  const { submit, submitting, formError } = useFormSubmit(form, async (values) => {
    const session = await register({ ...values, first_name: values.first_name.trim(), last_name: values.last_name.trim(), email: values.email.trim() }).unwrap();
    toast.success(`Welcome to DevGear, ${session.user.first_name}!`);
  });

  return (
    <form noValidate onSubmit={(event) => (event.preventDefault(), void submit())} className="auth-form" data-testid="sign-up-form">
      <FormError error={formError} />
      <div className="form-row form-row--2">
        <TextField label="First name" autoComplete="given-name" autoFocus error={errorOf(errors, 'first_name', 'First name')} {...form.register('first_name', rules.text(100))} />
        <TextField label="Last name" autoComplete="family-name" error={errorOf(errors, 'last_name', 'Last name')} {...form.register('last_name', rules.text(100))} />
      </div>
      <TextField label="Email" type="email" inputMode="email" autoComplete="email" error={errorOf(errors, 'email', 'Email')} {...form.register('email', rules.email)} />
      <TextField
        label="Password"
        type="password"
        autoComplete="new-password"
        help="At least 8 characters. A passphrase of a few words works well."
        error={errorOf(errors, 'password', 'Password')}
        {...form.register('password', rules.password)}
      />
      <Button variant="primary" type="submit" size="large" block loading={submitting} data-testid="sign-up-submit">
        Create account
      </Button>
    </form>
  );
}
