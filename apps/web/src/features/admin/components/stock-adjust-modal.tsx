import { zodResolver } from '@hookform/resolvers/zod';
import { setStockSchema } from '@devgear/contracts';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import InputNumber from 'antd/es/input-number';
import Modal from 'antd/es/modal';
import Space from 'antd/es/space';
import Typography from 'antd/es/typography';
import { useId } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { FormAlert } from '@/components/form/form-alert';
import { FormField } from '@/components/form/form-field';
import { useFormSubmit } from '@/hooks/use-form-submit';
import { useSetVariantStockMutation } from '../api/admin-products-api';
import type { AdminVariant } from './product-variants-editor';

interface StockFormValues {
  available: number | null;
  reason: string;
}

/** The contract's rules for PUT .../stock; an emptied number box says "is required". */
const stockFormSchema = z.object({
  available: setStockSchema.shape.available.nullable().refine((n) => n !== null, 'is required'),
  reason: z.string().trim().max(200, 'must be at most 200 characters'),
});

interface StockAdjustModalProps {
  productId: string;
  variant: AdminVariant;
  onClose: () => void;
}

/**
 * Sets one variant's stock level (PUT /products/{id}/variants/{variant_id}/stock) with the
 * reason recorded in the stock history. Mounted while open: each opening starts from the
 * current level.
 */
export function StockAdjustModal({ productId, variant, onClose }: StockAdjustModalProps) {
  const formId = `stock-form-${useId().replace(/:/g, '')}`;
  const [setStock] = useSetVariantStockMutation();
  const { message } = App.useApp();
  const form = useForm<StockFormValues>({ resolver: zodResolver(stockFormSchema), defaultValues: { available: variant.available, reason: '' } });
  const level = useWatch({ control: form.control, name: 'available' });
  const delta = typeof level === 'number' ? level - variant.available : 0;
  const { submit, submitting, formError } = useFormSubmit(form, async (values) => {
    const available = values.available ?? variant.available;
    const reason = values.reason.trim();
    const movement = await setStock({ productId, variantId: variant.id, available, ...(reason ? { reason } : {}) }).unwrap();
    void message.success(`${variant.sku}: stock set to ${movement.available} (was ${movement.previous}).`);
    onClose();
  });

  return (
    <Modal
      open
      title={`Adjust stock · ${variant.sku}`}
      onCancel={onClose}
      maskClosable={!submitting}
      destroyOnHidden
      data-testid="stock-modal"
      footer={
        <Space>
          <Button onClick={onClose} disabled={submitting}>
            Cancel
          </Button>
          <Button type="primary" htmlType="submit" form={formId} loading={submitting} data-testid="stock-submit">
            Set stock
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">
        {variant.name} now has <strong data-testid="stock-current">{variant.available}</strong> {variant.available === 1 ? 'unit' : 'units'} available. The change and its reason are kept in the stock history.
      </Typography.Paragraph>
      <Form id={formId} layout="vertical" requiredMark={false} onFinish={submit} data-testid="stock-form">
        <FormAlert error={formError} />
        <FormField
          control={form.control}
          name="available"
          label="New stock level"
          extra={delta === 0 ? 'Units that can be bought now' : `${delta > 0 ? '+' : '−'}${Math.abs(delta)} ${Math.abs(delta) === 1 ? 'unit' : 'units'}`}
        >
          {({ value, onChange, onBlur, ref, id }) => (
            <InputNumber id={id} ref={ref} value={value} onChange={(n) => onChange(n ?? null)} onBlur={onBlur} min={0} precision={0} style={{ width: '100%' }} autoFocus data-testid="stock-available" />
          )}
        </FormField>
        <FormField control={form.control} name="reason" label="Reason" extra="Optional: delivery received, stock count, damaged…">
          {(field) => <Input {...field} maxLength={200} placeholder="Manual adjustment" data-testid="stock-reason" />}
        </FormField>
      </Form>
    </Modal>
  );
}
