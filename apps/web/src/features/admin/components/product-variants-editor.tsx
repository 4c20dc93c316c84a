import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { AdminProductDto } from '@devgear/contracts';
import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import Input from 'antd/es/input';
import InputNumber from 'antd/es/input-number';
import Table from 'antd/es/table';
import Tag from 'antd/es/tag';
import Tooltip from 'antd/es/tooltip';
import Typography from 'antd/es/typography';
import type { TableProps } from 'antd';
import type { HTMLAttributes } from 'react';
import { useFieldArray, useFormState, type Control, type FieldArrayWithId } from 'react-hook-form';
import { formatMoney } from '@/lib/money';
import { emptyOption, emptyVariant, type ProductFormValues } from '../lib/product-form';
import { STOCK_COLORS, variantStockLevel } from '../lib/product-stock';
import { CellField } from './cell-field';

export type AdminVariant = AdminProductDto['variants'][number];
type Row = FieldArrayWithId<ProductFormValues, 'variants', 'id'>;

interface ProductVariantsEditorProps {
  control: Control<ProductFormValues>;
  /** The product as last loaded (stock lives there, not in the form); none while creating. */
  product?: AdminProductDto;
  /** The currency prices are typed in. */
  currency: string;
  disabled?: boolean;
  onAdjustStock: (variant: AdminVariant) => void;
}

const STOCK_LABELS = { out: 'Out of stock', low: 'Low', ok: null } as const;

/** A variant's options as "key = value" pairs that can be added and removed. */
function OptionsCell({ control, index, disabled }: { control: Control<ProductFormValues>; index: number; disabled?: boolean }) {
  const { fields, append, remove } = useFieldArray({ control, name: `variants.${index}.options` });
  const { errors } = useFormState({ control, name: `variants.${index}.options` });
  const error = errors.variants?.[index]?.options;
  const problem = error?.message ?? error?.root?.message;
  return (
    <div className="admin-options" data-testid="variant-options">
      {fields.map((field, o) => (
        <div key={field.id} className="admin-options__pair" data-testid="variant-option">
          <CellField control={control} name={`variants.${index}.options.${o}.key`} label="Option">
            {(f) => <Input {...f} size="small" placeholder="switch" disabled={disabled} data-testid="option-key" />}
          </CellField>
          <span className="admin-options__eq" aria-hidden>
            =
          </span>
          <CellField control={control} name={`variants.${index}.options.${o}.value`} label="Value">
            {(f) => <Input {...f} size="small" placeholder="brown" disabled={disabled} data-testid="option-value" />}
          </CellField>
          <Button
            type="text"
            size="small"
            icon={<DeleteOutlined />}
            onClick={() => remove(o)}
            disabled={disabled}
            aria-label={`Remove option ${o + 1} of variant ${index + 1}`}
            data-testid="option-remove"
          />
        </div>
      ))}
      {problem && (
        <Typography.Text type="danger" className="admin-options__error" data-testid={`field-error-variants.${index}.options`}>
          Options {problem}
        </Typography.Text>
      )}
      <Button type="link" size="small" icon={<PlusOutlined />} onClick={() => append(emptyOption())} disabled={disabled} className="admin-options__add" data-testid="option-add">
        Option
      </Button>
    </div>
  );
}

function StockCell({ control, index, row, product, disabled, onAdjustStock }: { control: Control<ProductFormValues>; index: number; row: Row; product?: AdminProductDto; disabled?: boolean; onAdjustStock: (variant: AdminVariant) => void }) {
  if (row.variant_id === null) {
    return (
      <CellField control={control} name={`variants.${index}.available`} label="Starting stock">
        {({ value, onChange, onBlur, ref, ...rest }) => (
          <InputNumber
            {...rest}
            ref={ref}
            value={value}
            onChange={(n) => onChange(n ?? null)}
            onBlur={onBlur}
            min={0}
            precision={0}
            placeholder="Units"
            disabled={disabled}
            style={{ width: '100%' }}
            data-testid="variant-available"
          />
        )}
      </CellField>
    );
  }
  const live = product?.variants.find((v) => v.id === row.variant_id);
  if (!live) return <Typography.Text type="secondary">—</Typography.Text>;
  const level = variantStockLevel(live.available);
  return (
    <div className="admin-stock" data-testid="variant-stock" data-sku={live.sku}>
      <span className="admin-stock__level">
        <span className="admin-stock__units" data-testid="variant-stock-units">
          {live.available}
        </span>
        {STOCK_LABELS[level] && <Tag color={STOCK_COLORS[level]}>{STOCK_LABELS[level]}</Tag>}
      </span>
      <Button size="small" onClick={() => onAdjustStock(live)} disabled={disabled} data-testid="adjust-stock">
        Adjust stock
      </Button>
    </div>
  );
}

/**
 * The variants as an editable table: SKU, name, options, price (typed in major units) and
 * stock. A new variant starts with the stock typed here; an existing one's stock changes only
 * through "Adjust stock", which records who changed it and why.
 */
export function ProductVariantsEditor({ control, product, currency, disabled, onAdjustStock }: ProductVariantsEditorProps) {
  const { fields, append, remove } = useFieldArray({ control, name: 'variants' });
  const { errors } = useFormState({ control, name: 'variants' });
  const listProblem = errors.variants?.message ?? errors.variants?.root?.message;
  const symbol = formatMoney({ amount: 0, currency }).replace(/[\d.,\s]/g, '');

  const columns: TableProps<Row>['columns'] = [
    {
      title: 'SKU',
      key: 'sku',
      width: 220,
      render: (_, _row, index) => (
        <CellField control={control} name={`variants.${index}.sku`} label="SKU">
          {(f) => <Input {...f} placeholder="KB-K2-BRN" disabled={disabled} data-testid="variant-sku" />}
        </CellField>
      ),
    },
    {
      title: 'Name',
      key: 'name',
      width: 150,
      render: (_, _row, index) => (
        <CellField control={control} name={`variants.${index}.name`} label="Variant name">
          {(f) => <Input {...f} placeholder="Brown switches" disabled={disabled} data-testid="variant-name" />}
        </CellField>
      ),
    },
    { title: 'Options', key: 'options', width: 220, render: (_, _row, index) => <OptionsCell control={control} index={index} disabled={disabled} /> },
    {
      title: `Price (${currency})`,
      key: 'price',
      width: 120,
      render: (_, _row, index) => (
        <CellField control={control} name={`variants.${index}.price`} label="Price">
          {(f) => <Input {...f} prefix={symbol} inputMode="decimal" placeholder="79.00" disabled={disabled} data-testid="variant-price" />}
        </CellField>
      ),
    },
    {
      title: 'Stock',
      key: 'stock',
      width: 140,
      render: (_, row, index) => <StockCell control={control} index={index} row={row} product={product} disabled={disabled} onAdjustStock={onAdjustStock} />,
    },
    {
      title: '',
      key: 'remove',
      width: 44,
      render: (_, _row, index) => (
        <Tooltip title={fields.length === 1 ? 'A product needs at least one variant' : 'Remove this variant'}>
          <Button
            type="text"
            danger
            icon={<DeleteOutlined />}
            onClick={() => remove(index)}
            disabled={disabled || fields.length === 1}
            aria-label={`Remove variant ${index + 1}`}
            data-testid="variant-remove"
          />
        </Tooltip>
      ),
    },
  ];

  return (
    <div data-testid="variants-editor">
      {listProblem && <Alert type="error" showIcon title={`Variants: ${listProblem}`} style={{ marginBottom: 12 }} data-testid="field-error-variants" />}
      <Table<Row>
        rowKey="id"
        columns={columns}
        dataSource={fields}
        pagination={false}
        size="small"
        tableLayout="fixed"
        scroll={{ x: 880 }}
        className="admin-variants"
        onRow={(row) => ({ 'data-testid': 'variant-row', 'data-new': row.variant_id === null ? 'true' : undefined }) as HTMLAttributes<HTMLElement>}
      />
      <Button icon={<PlusOutlined />} onClick={() => append(emptyVariant())} disabled={disabled} className="admin-variants__add" data-testid="variant-add">
        Add variant
      </Button>
    </div>
  );
}
