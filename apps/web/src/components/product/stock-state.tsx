import type { StockState as StockStateValue } from '@/lib/variant-selection';
import { ToneIcon } from '@/ui';

const TONES = { in_stock: 'success', low_stock: 'warning', out_of_stock: 'error' } as const;

export function StockState({ state }: { state: StockStateValue }) {
  return (
    <strong className={`stock-state stock-state--${state.kind}`} data-testid="stock-state" data-kind={state.kind}>
      <ToneIcon tone={TONES[state.kind]} /> {state.label}
    </strong>
  );
}
