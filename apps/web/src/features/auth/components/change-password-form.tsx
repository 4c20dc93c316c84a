import { zodResolver } from '@hookform/resolvers/zod';
import Alert from 'antd/es/alert';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import { useForm } from 'react-hook-form';
import { FormAlert } from '@/components/form/form-alert';
import { FormField } from '@/components/form/form-field';
import { useFormSubmit } from '@/hooks/use-form-submit';
import { useChangePasswordMutation } from '../api/account-api';
import { changePasswordFormSchema } from '../lib/password-forms';

const EMPTY = { current_password: '', new_password: '', confirm_password: '' };

/**
 * Changes the password. The API ends every other session and answers with a new one for
 * this browser, which replaces the stored tokens; a wrong current password shows on its field.
 */
export function ChangePasswordForm() {
  const [changePassword] = useChangePasswordMutation();
  const { message } = App.useApp();
  const form = useForm({ resolver: zodResolver(changePasswordFormSchema), defaultValues: EMPTY });
  const { submit, submitting, formError } = useFormSubmit(form, async (values) => {
    await changePassword({ current_password: values.current_password, new_password: values.new_password }).unwrap();
    form.reset(EMPTY);
    void message.success('Your password is changed. Other devices have been signed out.');
  });

  return (
    <Form layout="vertical" requiredMark={false} onFinish={submit} data-testid="change-password-form" className="account-form">
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="Changing your password signs you out on every other device. You stay signed in here."
      />
      <FormAlert error={formError} />
      <FormField control={form.control} name="current_password" label="Current password">
        {(field) => <Input.Password {...field} autoComplete="current-password" />}
      </FormField>
      <FormField control={form.control} name="new_password" label="New password" extra="At least 8 characters.">
        {(field) => <Input.Password {...field} autoComplete="new-password" />}
      </FormField>
      <FormField control={form.control} name="confirm_password" label="Confirm new password">
        {(field) => <Input.Password {...field} autoComplete="new-password" />}
      </FormField>
      <Button type="primary" htmlType="submit" loading={submitting} data-testid="change-password-submit">
        Change password
      </Button>
    </Form>
  );
}
