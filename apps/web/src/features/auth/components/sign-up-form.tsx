import { zodResolver } from '@hookform/resolvers/zod';
import { registerSchema } from '@devgear/contracts';
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
import { useRegisterMutation } from '../api/auth-api';

/** Creates the account and signs in; a taken email shows on the email field (409 details). */
export function SignUpForm() {
  const [register] = useRegisterMutation();
  const { message } = App.useApp();
  const form = useForm({
    resolver: zodResolver(registerSchema),
    defaultValues: { first_name: '', last_name: '', email: '', password: '' },
  });
  const { submit, submitting, formError } = useFormSubmit(form, async (values) => {
    const session = await register(values).unwrap();
    void message.success(`Welcome to DevGear, ${session.user.first_name}!`);
  });

  return (
    <Form layout="vertical" requiredMark={false} onFinish={submit} data-testid="sign-up-form">
      <FormAlert error={formError} />
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <FormField control={form.control} name="first_name" label="First name">
            {(field) => <Input {...field} size="large" autoComplete="given-name" autoFocus />}
          </FormField>
        </Col>
        <Col xs={24} sm={12}>
          <FormField control={form.control} name="last_name" label="Last name">
            {(field) => <Input {...field} size="large" autoComplete="family-name" />}
          </FormField>
        </Col>
      </Row>
      <FormField control={form.control} name="email" label="Email">
        {(field) => <Input {...field} size="large" inputMode="email" autoComplete="email" />}
      </FormField>
      <FormField control={form.control} name="password" label="Password" extra="At least 8 characters. A passphrase of a few words works well.">
        {(field) => <Input.Password {...field} size="large" autoComplete="new-password" />}
      </FormField>
      <Button type="primary" htmlType="submit" size="large" block loading={submitting} data-testid="sign-up-submit">
        Create account
      </Button>
    </Form>
  );
}
