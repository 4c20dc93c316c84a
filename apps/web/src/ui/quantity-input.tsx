import { useId } from 'react';
import { MinusIcon, PlusIcon } from './icons';

interface QuantityInputProps {
  /** The box's label, read by screen readers ("Quantity of Keychron K2"); not shown. */
  label: string;
  /** What the box holds now; null while it is emptied (someone typing). */
  value: number | null;
  /** Every change: typed (null when emptied) or stepped with − / +. */
  onChange: (value: number | null) => void;
  /** Enter or leaving the box: the typed value is final. */
  onCommit?: () => void;
  min: number;
  max: number;
  disabled?: boolean;
  className?: string;
  'data-testid'?: string;
}

/**
 * A controlled whole-number box with − and + (a cart line's or the product page's quantity). Unlike
 * NumberInput it reports every keystroke, so the caller decides when to save (after a pause,
 * on Enter, on leaving the box).
 */
export function QuantityInput({ label, value, onChange, onCommit, min, max, disabled, className, ...rest }: QuantityInputProps) {
  const id = `q${useId()}`;
  const step = (delta: number) => {
    const next = Math.min(max, Math.max(min, (value ?? min) + delta));
    if (next !== value) onChange(next);
  };
  return (
    <span className={`ui-number__group${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <button type="button" className="ui-number__step" aria-label={`Decrease ${label.toLowerCase()}`} disabled={disabled || (value ?? min) <= min} onClick={() => step(-1)}>
        <MinusIcon />
      </button>
      <input
        id={id}
        className="ui-input ui-number__input"
        type="text"
        role="spinbutton"
        aria-valuemin={min}
        aria-valuemax={max}
        aria-valuenow={value ?? undefined}
        inputMode="numeric"
        pattern="[0-9]*"
        autoComplete="off"
        value={value ?? ''}
        disabled={disabled}
        data-testid={rest['data-testid']}
        onChange={(event) => {
          const digits = event.currentTarget.value.replace(/\D/g, '');
          onChange(digits === '' ? null : Number(digits));
        }}
        onBlur={() => onCommit?.()}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            onCommit?.();
          }
        }}
      />
      <button type="button" className="ui-number__step" aria-label={`Increase ${label.toLowerCase()}`} disabled={disabled || (value ?? min) >= max} onClick={() => step(1)}>
        <PlusIcon />
      </button>
    </span>
  );
}
