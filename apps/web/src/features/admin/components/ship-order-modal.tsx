import { zodResolver } from '@hookform/resolvers/zod';
import { shipmentSchema, type AdminOrderDto } from '@devgear/contracts';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import Modal from 'antd/es/modal';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { FormAlert } from '@/components/form/form-alert';
import { FormField } from '@/components/form/form-field';
import { useFormSubmit } from '@/hooks/use-form-submit';
import { useChangeOrderStatusMutation } from '../api/admin-orders-api';

interface ShipOrderModalProps {
  order: AdminOrderDto;
  onClose: () => void;
}

/** Marks a packed order shipped with its carrier and tracking number; mounted while open. */
export function ShipOrderModal({ order, onClose }: ShipOrderModalProps) {
  const formId = `ship-form-${useId().replace(/:/g, '')}`;
  const [changeStatus] = useChangeOrderStatusMutation();
  const { message } = App.useApp();
  const form = useForm({ resolver: zodResolver(shipmentSchema), defaultValues: { carrier: '', tracking_number: '' } });
  const { submit, submitting, formError } = useFormSubmit(form, async (values) => {
    await changeStatus({ id: order.id, status: 'shipped', carrier: values.carrier.trim(), tracking_number: values.tracking_number.trim() }).unwrap();
    void message.success(`Order ${order.number} is marked shipped.`);
    onClose();
  });

  return (
    <Modal
      open
      title={`Ship order ${order.number}`}
      onCancel={onClose}
      maskClosable={!submitting}
      data-testid="ship-modal"
      footer={[
        <Button key="cancel" onClick={onClose} disabled={submitting}>
          Cancel
        </Button>,
        <Button key="ship" type="primary" htmlType="submit" form={formId} loading={submitting} data-testid="ship-submit">
          Mark shipped
        </Button>,
      ]}
    >
      <Form id={formId} layout="vertical" requiredMark={false} onFinish={submit} data-testid="ship-form">
        <FormAlert error={formError} />
        <FormField control={form.control} name="carrier" label="Carrier" extra="e.g. UPS, DHL, Royal Mail">
          {(field) => <Input {...field} maxLength={100} autoFocus />}
        </FormField>
        <FormField control={form.control} name="tracking_number" label="Tracking number">
          {(field) => <Input {...field} maxLength={100} />}
        </FormField>
      </Form>
    </Modal>
  );
}
