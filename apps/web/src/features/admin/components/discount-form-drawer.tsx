import { zodResolver } from '@hookform/resolvers/zod';
import type { DiscountDto } from '@devgear/contracts';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Col from 'antd/es/col';
import DatePicker from 'antd/es/date-picker';
import Drawer from 'antd/es/drawer';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import InputNumber from 'antd/es/input-number';
import Radio from 'antd/es/radio';
import Row from 'antd/es/row';
import Space from 'antd/es/space';
import Switch from 'antd/es/switch';
import dayjs from 'dayjs';
import { useId } from 'react';
import { useForm, useWatch, type Control } from 'react-hook-form';
import { FormAlert } from '@/components/form/form-alert';
import { FormField } from '@/components/form/form-field';
import { useFormSubmit } from '@/hooks/use-form-submit';
import { formatMoney } from '@/lib/money';
import { useCreateDiscountMutation, useUpdateDiscountMutation } from '../api/admin-discounts-api';
import { discountChanges, discountFormSchema, discountFormValues, discountToWire, STORE_CURRENCY, type DiscountFormValues } from '../lib/discount-form';

interface DiscountFormDrawerProps {
  /** The discount to edit; none to create one. */
  discount?: DiscountDto | null;
  onClose: () => void;
}

const DATE_TIME_FORMAT = 'MMM D, YYYY HH:mm';

interface LimitFieldProps {
  control: Control<DiscountFormValues>;
  name: 'usage_limit' | 'per_customer_limit';
  label: string;
  extra: string;
  testId: string;
}

/** A whole number of orders from 1, or empty for no limit. */
function LimitField({ control, name, label, extra, testId }: LimitFieldProps) {
  return (
    <FormField control={control} name={name} label={label} extra={extra}>
      {({ value, onChange, onBlur, ref, id }) => (
        <InputNumber
          id={id}
          ref={ref}
          value={value}
          onChange={(n) => onChange(n ?? null)}
          onBlur={onBlur}
          min={1}
          precision={0}
          placeholder="Unlimited"
          style={{ width: '100%' }}
          data-testid={testId}
        />
      )}
    </FormField>
  );
}

/** The currency of an existing discount's money (its amount or minimum), else the store's. */
function currencyOf(discount?: DiscountDto | null): string {
  if (discount && typeof discount.value === 'object') return discount.value.currency;
  return discount?.min_subtotal?.currency ?? STORE_CURRENCY;
}

/**
 * Creates or edits a discount code in a drawer; mounted while open, so each opening starts
 * afresh. Percentage or fixed switches what the value means; money is typed in major units
 * and sent in minor units. The API's field problems (and a duplicate code, 409) land on the
 * fields they name.
 */
export function DiscountFormDrawer({ discount, onClose }: DiscountFormDrawerProps) {
  const formId = `discount-form-${useId().replace(/:/g, '')}`;
  const currency = currencyOf(discount);
  const symbol = formatMoney({ amount: 0, currency }).replace(/[\d.,\s]/g, '');
  const [createDiscount] = useCreateDiscountMutation();
  const [updateDiscount] = useUpdateDiscountMutation();
  const { message } = App.useApp();
  const editing = Boolean(discount);
  const form = useForm<DiscountFormValues, unknown, DiscountFormValues>({ resolver: zodResolver(discountFormSchema(currency)), defaultValues: discountFormValues(discount) });
  const type = useWatch({ control: form.control, name: 'type' });
  const { submit, submitting, formError } = useFormSubmit(form, async (values) => {
    const wire = discountToWire(values, currency);
    if (discount) {
      const changes = discountChanges(discount, wire);
      if (Object.keys(changes).length > 0) await updateDiscount({ id: discount.id, changes }).unwrap();
      void message.success(Object.keys(changes).length > 0 ? `Discount ${wire.code} saved.` : 'Nothing changed.');
    } else {
      await createDiscount(wire).unwrap();
      void message.success(`Discount ${wire.code} created.`);
    }
    onClose();
  });

  return (
    <Drawer
      open
      title={editing ? `Edit discount ${discount?.code}` : 'New discount'}
      onClose={onClose}
      maskClosable={!submitting}
      size={560}
      destroyOnHidden
      data-testid="discount-drawer"
      footer={
        <Space className="admin-drawer__footer">
          <Button onClick={onClose} disabled={submitting}>
            Cancel
          </Button>
          <Button type="primary" htmlType="submit" form={formId} loading={submitting} data-testid="discount-submit">
            {editing ? 'Save discount' : 'Create discount'}
          </Button>
        </Space>
      }
    >
      <Form id={formId} layout="vertical" requiredMark={false} onFinish={submit} className="admin-discount-form" data-testid="discount-form">
        <FormAlert error={formError} />
        <FormField control={form.control} name="code" label="Code" extra="What customers type at checkout: letters, digits, - and _">
          {(field) => (
            <Input
              {...field}
              onChange={(event) => field.onChange(event.target.value.toUpperCase())}
              maxLength={32}
              placeholder="SPRING25"
              autoComplete="off"
              data-testid="discount-code"
            />
          )}
        </FormField>
        <FormField control={form.control} name="type" label="Type">
          {({ value, onChange, ref, id }) => (
            <Radio.Group
              id={id}
              ref={ref}
              value={value}
              onChange={(event) => {
                onChange(event.target.value);
                // A percentage is not an amount: start the value afresh.
                form.setValue('value', '');
                form.clearErrors('value');
              }}
              optionType="button"
              buttonStyle="solid"
              options={[
                { value: 'percentage', label: 'Percentage' },
                { value: 'fixed', label: 'Fixed amount' },
              ]}
              data-testid="discount-type"
            />
          )}
        </FormField>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <FormField
              control={form.control}
              name="value"
              label={type === 'fixed' ? 'Amount off' : 'Percentage off'}
              extra={type === 'fixed' ? `In ${currency}, e.g. 12.50` : 'A whole number from 1 to 100'}
            >
              {(field) =>
                type === 'fixed' ? (
                  <Input {...field} inputMode="decimal" prefix={symbol} placeholder="12.50" data-testid="discount-value" />
                ) : (
                  <Input {...field} inputMode="numeric" suffix="%" placeholder="15" data-testid="discount-value" />
                )
              }
            </FormField>
          </Col>
          <Col xs={24} sm={12}>
            <FormField control={form.control} name="min_subtotal" label="Minimum subtotal" extra="Optional">
              {(field) => <Input {...field} inputMode="decimal" prefix={symbol} placeholder="None" data-testid="discount-min-subtotal" />}
            </FormField>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <FormField control={form.control} name="starts_at" label="Starts" extra="Empty: at once">
              {({ value, onChange, onBlur, id }) => (
                <DatePicker
                  id={id}
                  showTime={{ format: 'HH:mm' }}
                  format={DATE_TIME_FORMAT}
                  value={value ? dayjs(value) : null}
                  onChange={(day) => onChange(day ? day.second(0).millisecond(0).toISOString() : null)}
                  onBlur={onBlur}
                  placeholder="Now"
                  style={{ width: '100%' }}
                  data-testid="discount-starts-at"
                />
              )}
            </FormField>
          </Col>
          <Col xs={24} sm={12}>
            <FormField control={form.control} name="ends_at" label="Ends" extra="Empty: never">
              {({ value, onChange, onBlur, id }) => (
                <DatePicker
                  id={id}
                  showTime={{ format: 'HH:mm' }}
                  format={DATE_TIME_FORMAT}
                  value={value ? dayjs(value) : null}
                  onChange={(day) => onChange(day ? day.second(0).millisecond(0).toISOString() : null)}
                  onBlur={onBlur}
                  placeholder="Never"
                  style={{ width: '100%' }}
                  data-testid="discount-ends-at"
                />
              )}
            </FormField>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <LimitField control={form.control} name="usage_limit" label="Usage limit" extra="Orders in total; empty: unlimited" testId="discount-usage-limit" />
          </Col>
          <Col xs={24} sm={12}>
            <LimitField control={form.control} name="per_customer_limit" label="Per customer" extra="Orders per customer; empty: unlimited" testId="discount-per-customer-limit" />
          </Col>
        </Row>
        <FormField control={form.control} name="active" label="Active" extra="A paused code is kept but not accepted at checkout">
          {({ value, onChange, ref, id }) => (
            <Switch id={id} ref={ref} checked={value} onChange={onChange} checkedChildren="On" unCheckedChildren="Paused" data-testid="discount-active" />
          )}
        </FormField>
      </Form>
    </Drawer>
  );
}
