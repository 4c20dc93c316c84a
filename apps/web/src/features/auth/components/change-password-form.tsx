import { useForm, type FieldValues, type UseFormRegister } from 'react-hook-form';
import { Alert, Button, TextField, toast } from '@/ui';
import { FormError } from '@/components/form/form-error';
import { useFormSubmit } from '@/hooks/use-form-submit';
import { errorOf, rules } from '@/lib/field-rules';
import { useChangePasswordMutation } from '../api/account-api';
import { NewPasswordFields } from './new-password-fields';

const EMPTY = { current_password: '', new_password: '', confirm_password: '' };

/**
 * Changes the password. The API ends every other session and answers with a new one for
 * this browser, which replaces the stored tokens; a wrong current password shows on its field.
 */
export function ChangePasswordForm() {
  const [changePassword] = useChangePasswordMutation();
  const form = useForm({ defaultValues: EMPTY });
  const { errors } = form.formState;
  const { submit, submitting, formError } = useFormSubmit(form, async (values) => {
    await changePassword({ current_password: values.current_password, new_password: values.new_password }).unwrap();
    form.reset(EMPTY);
    toast.success('Your password is changed. Other devices have been signed out.');
  });

  return (
    <form noValidate onSubmit={(event) => (event.preventDefault(), void submit())} data-testid="change-password-form" className="account-form">
      <Alert type="info" className="form-error" title="Changing your password signs you out on every other device. You stay signed in here." />
      <FormError error={formError} />
      <TextField
        label="Current password"
        type="password"
        autoComplete="current-password"
        error={errorOf(errors, 'current_password', 'Current password')}
        {...form.register('current_password', rules.required)}
      />
      <NewPasswordFields
        register={form.register as unknown as UseFormRegister<FieldValues>}
        errors={form.formState.errors}
        values={form.getValues}
        confirmLabel="Confirm new password"
      />
      <Button variant="primary" type="submit" loading={submitting} data-testid="change-password-submit">
        Change password
      </Button>
    </form>
  );
}
