import Form from 'antd/es/form';
import type { ReactElement } from 'react';
import { Controller, type Control, type ControllerRenderProps, type FieldPath, type FieldValues } from 'react-hook-form';
import { fieldMessage } from '@/lib/form-errors';

export type CellFieldRenderProps<T extends FieldValues, N extends FieldPath<T>> = ControllerRenderProps<T, N> & {
  'aria-label': string;
  'aria-invalid'?: boolean;
};

interface CellFieldProps<T extends FieldValues, N extends FieldPath<T>> {
  control: Control<T>;
  name: N;
  /** Not shown (the column's header says it) but read out, and opens the field's problem ("SKU is required"). */
  label: string;
  className?: string;
  children: (field: CellFieldRenderProps<T, N>) => ReactElement;
}

/** A FormField without a visible label, for the rows of an editable table (variants, specifications). */
export function CellField<T extends FieldValues, N extends FieldPath<T>>({ control, name, label, className, children }: CellFieldProps<T, N>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Form.Item
          className={className ? `admin-cell-field ${className}` : 'admin-cell-field'}
          validateStatus={fieldState.error ? 'error' : undefined}
          help={fieldState.error ? <span data-testid={`field-error-${name}`}>{fieldMessage(label, fieldState.error.message)}</span> : undefined}
        >
          {children({ ...field, 'aria-label': label, 'aria-invalid': fieldState.error ? true : undefined })}
        </Form.Item>
      )}
    />
  );
}
