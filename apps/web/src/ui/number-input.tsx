import { useId, type ReactNode } from 'react';
import { FieldMessages } from './field';
import { MinusIcon, PlusIcon } from './icons';

interface NumberInputProps {
  label: ReactNode;
  hideLabel?: boolean;
  value: number;
  onChange: (value: number) => void;
  min?: number;
  max?: number;
  step?: number;
  disabled?: boolean;
  help?: ReactNode;
  error?: ReactNode;
  className?: string;
  'data-testid'?: string;
}

/** Clamps a typed or stepped number into [min, max]; a cleared or invalid box keeps the old value. */
export function clampNumber(raw: number, min: number, max: number, fallback: number) {
  if (!Number.isFinite(raw)) return fallback;
  return Math.min(max, Math.max(min, Math.round(raw)));
}

/**
 * A whole-number input with − and + buttons (a quantity). Typing commits on blur or Enter; the
 * value never leaves [min, max].
 */
export function NumberInput({ label, hideLabel, value, onChange, min = 0, max = Number.MAX_SAFE_INTEGER, step = 1, disabled, help, error, className, ...rest }: NumberInputProps) {
  const id = `n${useId()}`;
  const helpId = help ? `${id}-help` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const commit = (raw: number) => {
    const next = clampNumber(raw, min, max, value);
    if (next !== value) onChange(next);
  };
  return (
    <div className={`ui-field ui-number${error ? ' ui-field--error' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className={hideLabel ? 'sr-only' : 'ui-field__label'}>
        {label}
      </label>
      <span className="ui-number__group">
        <button type="button" className="ui-number__step" aria-label="Decrease" disabled={disabled || value <= min} onClick={() => commit(value - step)}>
          <MinusIcon />
        </button>
        <input
          // A new value from outside (a server answer) resets what was typed.
          key={value}
          id={id}
          className="ui-input ui-number__input"
          type="number"
          inputMode="numeric"
          min={min}
          max={max === Number.MAX_SAFE_INTEGER ? undefined : max}
          step={step}
          defaultValue={value}
          disabled={disabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={[helpId, errorId].filter(Boolean).join(' ') || undefined}
          data-testid={rest['data-testid']}
          onBlur={(event) => {
            const next = clampNumber(event.currentTarget.valueAsNumber, min, max, value);
            event.currentTarget.value = String(next);
            commit(next);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') event.currentTarget.blur();
          }}
        />
        <button type="button" className="ui-number__step" aria-label="Increase" disabled={disabled || value >= max} onClick={() => commit(value + step)}>
          <PlusIcon />
        </button>
      </span>
      <FieldMessages help={help} helpId={helpId} error={error} errorId={errorId} />
    </div>
  );
}
