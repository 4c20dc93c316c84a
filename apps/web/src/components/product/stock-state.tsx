import { CheckCircleFilled, CloseCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import Typography from 'antd/es/typography';
import type { StockState as StockStateValue } from '@/lib/variant-selection';

const ICONS = {
  in_stock: <CheckCircleFilled />,
  low_stock: <ExclamationCircleFilled />,
  out_of_stock: <CloseCircleFilled />,
} as const;

const TONES = { in_stock: 'success', low_stock: 'warning', out_of_stock: 'danger' } as const;

export function StockState({ state }: { state: StockStateValue }) {
  return (
    <Typography.Text type={TONES[state.kind]} strong data-testid="stock-state" data-kind={state.kind}>
      {ICONS[state.kind]} {state.label}
    </Typography.Text>
  );
}
