import { TagOutlined } from '@ant-design/icons';
import { zodResolver } from '@hookform/resolvers/zod';
import { applyDiscountSchema, type CartDto } from '@devgear/contracts';
import Alert from 'antd/es/alert';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import Space from 'antd/es/space';
import Tag from 'antd/es/tag';
import { useForm } from 'react-hook-form';
import { FormAlert } from '@/components/form/form-alert';
import { FormField } from '@/components/form/form-field';
import { useFormSubmit } from '@/hooks/use-form-submit';
import { toApiError } from '@/lib/form-errors';
import { formatMoney } from '@/lib/money';
import { useApplyDiscountMutation, useRemoveDiscountMutation } from '../api/cart-api';

/**
 * The cart's discount code: a form to apply one (an unknown, expired or used-up code is
 * refused with 422 INVALID_DISCOUNT, shown on the field), or the applied code with what it
 * takes off and a Remove button. A code that stopped applying (discount_problem) says why.
 */
export function DiscountForm({ cart }: { cart: CartDto }) {
  const [applyDiscount] = useApplyDiscountMutation();
  const [removeDiscount, { isLoading: removing }] = useRemoveDiscountMutation();
  const { message } = App.useApp();
  const form = useForm({ resolver: zodResolver(applyDiscountSchema), defaultValues: { code: '' } });
  const { submit, submitting, formError } = useFormSubmit(form, async ({ code }) => {
    try {
      const next = await applyDiscount({ code }).unwrap();
      void message.success(`Discount code ${next.discount?.code ?? next.discount_problem?.code ?? code} applied.`);
      form.reset({ code: '' });
    } catch (raw) {
      const error = toApiError(raw);
      if (error.code !== 'INVALID_DISCOUNT') throw raw;
      form.setError('code', { type: 'server', message: error.details.code?.[0] ?? error.message }, { shouldFocus: true });
    }
  });

  const remove = async () => {
    try {
      await removeDiscount().unwrap();
      void message.success('Discount code removed.');
    } catch (raw) {
      void message.error(toApiError(raw).message);
    }
  };

  const current = cart.discount?.code ?? cart.discount_problem?.code;
  if (current) {
    return (
      <div className="discount-applied" data-testid="discount-applied">
        <div className="discount-applied__row">
          <Tag icon={<TagOutlined />} color={cart.discount ? 'green' : 'orange'} className="discount-applied__code" data-testid="discount-code">
            {current}
          </Tag>
          {cart.discount && <span className="discount-applied__amount">−{formatMoney(cart.discount.amount)}</span>}
          <Button type="link" size="small" onClick={() => void remove()} loading={removing} data-testid="discount-remove">
            Remove
          </Button>
        </div>
        {cart.discount_problem && (
          <Alert type="warning" showIcon title={cart.discount_problem.message} data-testid="discount-problem" style={{ marginTop: 8 }} />
        )}
      </div>
    );
  }

  return (
    <Form layout="vertical" requiredMark={false} onFinish={submit} className="discount-form" data-testid="discount-form">
      <FormAlert error={formError} />
      <FormField control={form.control} name="code" label="Discount code">
        {(field) => (
          <Space.Compact block>
            <Input {...field} placeholder="Enter your code" autoComplete="off" maxLength={32} data-testid="discount-input" />
            <Button htmlType="submit" loading={submitting} data-testid="discount-apply">
              Apply
            </Button>
          </Space.Compact>
        )}
      </FormField>
    </Form>
  );
}
