import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import Button from 'antd/es/button';
import Input from 'antd/es/input';
import Tooltip from 'antd/es/tooltip';
import Typography from 'antd/es/typography';
import { useFieldArray, type Control } from 'react-hook-form';
import { emptySpec, type ProductFormValues } from '../lib/product-form';
import { CellField } from './cell-field';

interface ProductSpecsEditorProps {
  control: Control<ProductFormValues>;
  disabled?: boolean;
}

/** Specification lines (key, value, unit) as rows that can be added and removed. */
export function ProductSpecsEditor({ control, disabled }: ProductSpecsEditorProps) {
  const { fields, append, remove } = useFieldArray({ control, name: 'specifications' });
  return (
    <div className="admin-specs" data-testid="specs-editor">
      {fields.length > 0 && (
        <div className="admin-specs__row admin-specs__head" aria-hidden>
          <Typography.Text type="secondary">Name</Typography.Text>
          <Typography.Text type="secondary">Value</Typography.Text>
          <Typography.Text type="secondary">Unit</Typography.Text>
          <span />
        </div>
      )}
      {fields.map((field, index) => (
        <div key={field.id} className="admin-specs__row" data-testid="spec-row">
          <CellField control={control} name={`specifications.${index}.key`} label="Name">
            {(f) => <Input {...f} placeholder="Weight" disabled={disabled} data-testid="spec-key" />}
          </CellField>
          <CellField control={control} name={`specifications.${index}.value`} label="Value">
            {(f) => <Input {...f} placeholder="663" disabled={disabled} data-testid="spec-value" />}
          </CellField>
          <CellField control={control} name={`specifications.${index}.unit`} label="Unit">
            {(f) => <Input {...f} placeholder="g" disabled={disabled} data-testid="spec-unit" />}
          </CellField>
          <Tooltip title="Remove this line">
            <Button type="text" icon={<DeleteOutlined />} onClick={() => remove(index)} disabled={disabled} aria-label={`Remove specification ${index + 1}`} data-testid="spec-remove" />
          </Tooltip>
        </div>
      ))}
      {fields.length === 0 && (
        <Typography.Paragraph type="secondary" className="admin-specs__empty">
          No specifications yet. Add lines like “Weight: 663 g” or “Connectivity: Bluetooth 5.1”.
        </Typography.Paragraph>
      )}
      <Button icon={<PlusOutlined />} onClick={() => append(emptySpec())} disabled={disabled} data-testid="spec-add">
        Add specification
      </Button>
    </div>
  );
}
