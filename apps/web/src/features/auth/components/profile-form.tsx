import { zodResolver } from '@hookform/resolvers/zod';
import { registerSchema, type UserDto } from '@devgear/contracts';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Col from 'antd/es/col';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import Row from 'antd/es/row';
import { useForm } from 'react-hook-form';
import { FormAlert } from '@/components/form/form-alert';
import { FormField } from '@/components/form/form-field';
import { useFormSubmit } from '@/hooks/use-form-submit';
import { useUpdateProfileMutation } from '../api/account-api';

/** The names follow the sign-up rules. */
const profileSchema = registerSchema.pick({ first_name: true, last_name: true });

/** First and last name; the email is shown but cannot change here. */
export function ProfileForm({ user }: { user: UserDto }) {
  const [updateProfile] = useUpdateProfileMutation();
  const { message } = App.useApp();
  const form = useForm({ resolver: zodResolver(profileSchema), defaultValues: { first_name: user.first_name, last_name: user.last_name } });
  const { submit, submitting, formError } = useFormSubmit(form, async (values) => {
    const saved = await updateProfile(values).unwrap();
    form.reset({ first_name: saved.first_name, last_name: saved.last_name });
    void message.success('Your profile is saved.');
  });

  return (
    <Form layout="vertical" requiredMark={false} onFinish={submit} data-testid="profile-form" className="account-form">
      <FormAlert error={formError} />
      <Form.Item label="Email">
        <Input value={user.email} disabled data-testid="profile-email" />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <FormField control={form.control} name="first_name" label="First name">
            {(field) => <Input {...field} autoComplete="given-name" />}
          </FormField>
        </Col>
        <Col xs={24} sm={12}>
          <FormField control={form.control} name="last_name" label="Last name">
            {(field) => <Input {...field} autoComplete="family-name" />}
          </FormField>
        </Col>
      </Row>
      <Button type="primary" htmlType="submit" loading={submitting} disabled={!form.formState.isDirty} data-testid="profile-submit">
        Save changes
      </Button>
    </Form>
  );
}
