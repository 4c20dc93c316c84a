import type { UserDto } from '@devgear/contracts';
import { useForm } from 'react-hook-form';
import { Button, TextField, toast } from '@/ui';
import { FormError } from '@/components/form/form-error';
import { useFormSubmit } from '@/hooks/use-form-submit';
import { errorOf, rules } from '@/lib/field-rules';
import { useUpdateProfileMutation } from '../api/account-api';

/** First and last name (the sign-up rules); the email is shown but cannot change here. */
export function ProfileForm({ user }: { user: UserDto }) {
  const [updateProfile] = useUpdateProfileMutation();
  const form = useForm({ defaultValues: { first_name: user.first_name, last_name: user.last_name } });
  const { errors } = form.formState;
  const { submit, submitting, formError } = useFormSubmit(form, async (values) => {
    const saved = await updateProfile({ first_name: values.first_name.trim(), last_name: values.last_name.trim() }).unwrap();
    form.reset({ first_name: saved.first_name, last_name: saved.last_name });
    toast.success('Your profile is saved.');
  });

  return (
    <form noValidate onSubmit={(event) => (event.preventDefault(), void submit())} data-testid="profile-form" className="account-form">
      <FormError error={formError} />
      <TextField label="Email" value={user.email} disabled readOnly data-testid="profile-email" />
      <div className="form-row form-row--2">
        <TextField label="First name" autoComplete="given-name" error={errorOf(errors, 'first_name', 'First name')} {...form.register('first_name', rules.text(100))} />
        <TextField label="Last name" autoComplete="family-name" error={errorOf(errors, 'last_name', 'Last name')} {...form.register('last_name', rules.text(100))} />
      </div>
      <Button variant="primary" type="submit" loading={submitting} disabled={!form.formState.isDirty} data-testid="profile-submit">
        Save changes
      </Button>
    </form>
  );
}
