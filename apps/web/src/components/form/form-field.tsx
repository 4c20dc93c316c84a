import Form from 'antd/es/form';
import { useId, type ReactElement, type ReactNode } from 'react';
import { Controller, type Control, type ControllerRenderProps, type FieldPath, type FieldValues } from 'react-hook-form';
import { fieldMessage } from '@/lib/form-errors';

export type FieldRenderProps<T extends FieldValues, N extends FieldPath<T>> = ControllerRenderProps<T, N> & {
  id: string;
  'aria-invalid'?: boolean;
};

interface FormFieldProps<T extends FieldValues, N extends FieldPath<T>> {
  control: Control<T>;
  name: N;
  label: string;
  /** Help shown under the field while it has no error. */
  extra?: ReactNode;
  /** Renders the antd input, given react-hook-form's field props plus the label's id. */
  children: (field: FieldRenderProps<T, N>) => ReactElement;
}

/**
 * One antd form row driven by react-hook-form: label, input, and the field's problem (from
 * the zod schema or the API) as a sentence under it.
 */
export function FormField<T extends FieldValues, N extends FieldPath<T>>({ control, name, label, extra, children }: FormFieldProps<T, N>) {
  const id = `${useId()}-${name}`;
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Form.Item
          label={label}
          htmlFor={id}
          validateStatus={fieldState.error ? 'error' : undefined}
          help={fieldState.error ? <span data-testid={`field-error-${name}`}>{fieldMessage(label, fieldState.error.message)}</span> : undefined}
          extra={extra}
        >
          {children({ ...field, id, 'aria-invalid': fieldState.error ? true : undefined })}
        </Form.Item>
      )}
    />
  );
}
