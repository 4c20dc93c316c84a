import {
  forwardRef,
  useId,
  useState,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';

/** What every labelled control takes beside its element's own attributes. */
export interface FieldProps {
  label: ReactNode;
  /** A hint under the control, read with it (aria-describedby). */
  help?: ReactNode;
  /** The validation message: shown, read with the control, and the control marked aria-invalid. */
  error?: ReactNode;
  /** The label is read but not shown (a search box with a placeholder). */
  hideLabel?: boolean;
  /** Class of the row around label, control and texts. */
  rowClassName?: string;
}

/** Ids tying a control to its label, hint and error. */
function useFieldIds(id: string | undefined, help: ReactNode, error: ReactNode, describedBy?: string) {
  const auto = useId();
  const controlId = id ?? `f${auto}`;
  const helpId = help ? `${controlId}-help` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  const described = [describedBy, helpId, errorId].filter(Boolean).join(' ') || undefined;
  return { controlId, helpId, errorId, described };
}

/** The hint and the error under a control, with the ids its aria-describedby names. */
export function FieldMessages({ help, helpId, error, errorId, name }: { help?: ReactNode; helpId?: string; error?: ReactNode; errorId?: string; name?: string }) {
  return (
    <>
      {help && (
        <div id={helpId} className="ui-field__help">
          {help}
        </div>
      )}
      {error && (
        <div id={errorId} className="ui-field__error" role="alert" data-testid={name ? `field-error-${name}` : undefined}>
          {error}
        </div>
      )}
    </>
  );
}

/** Label, control, hint and error in one row. */
function FieldRow({
  controlId,
  label,
  hideLabel,
  help,
  helpId,
  error,
  errorId,
  required,
  rowClassName,
  name,
  children,
}: {
  name?: string;
  controlId: string;
  label: ReactNode;
  hideLabel?: boolean;
  help: ReactNode;
  helpId?: string;
  error: ReactNode;
  errorId?: string;
  required?: boolean;
  rowClassName?: string;
  children: ReactNode;
}) {
  return (
    <div className={`ui-field${error ? ' ui-field--error' : ''}${rowClassName ? ` ${rowClassName}` : ''}`}>
      <label htmlFor={controlId} className={hideLabel ? 'sr-only' : 'ui-field__label'}>
        {label}
        {required && (
          <span className="ui-field__required" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </label>
      {children}
      <FieldMessages help={help} helpId={helpId} error={error} errorId={errorId} name={name} />
    </div>
  );
}

export type TextFieldProps = InputHTMLAttributes<HTMLInputElement> & FieldProps & { prefix?: ReactNode; suffix?: ReactNode };

/**
 * A labelled text input (any `type`: email, password, tel, search…); `register(...)` spreads onto it.
 * A password field has a Show/Hide button after it, to check what was typed (on a phone above all).
 */
export const TextField = forwardRef<HTMLInputElement, TextFieldProps>(function TextField(
  { label, help, error, hideLabel, rowClassName, id, className, prefix, suffix: ownSuffix, 'aria-describedby': describedBy, ...props },
  ref,
) {
  const ids = useFieldIds(id, help, error, describedBy);
  const [revealed, setRevealed] = useState(false);
  const password = props.type === 'password';
  const suffix = password ? (
    <>
      {ownSuffix}
      <button
        type="button"
        className="ui-input-reveal"
        aria-controls={ids.controlId}
        onClick={() => setRevealed((shown) => !shown)}
      >
        {revealed ? 'Hide' : 'Show'}
        {/* Named by its text, not aria-label: "Show password" read aloud, while the field stays the only control labelled "Password". */}
        <span className="sr-only"> password</span>
      </button>
    </>
  ) : (
    ownSuffix
  );
  const input = (
    <input
      ref={ref}
      id={ids.controlId}
      className={`ui-input${className ? ` ${className}` : ''}`}
      aria-invalid={error ? true : undefined}
      aria-describedby={ids.described}
      {...props}
      type={password && revealed ? 'text' : props.type}
    />
  );
  return (
    <FieldRow {...ids} label={label} hideLabel={hideLabel} help={help} error={error} required={props.required} rowClassName={rowClassName} name={props.name}>
      {prefix || suffix ? (
        <span className="ui-input-group">
          {prefix && <span className="ui-input-group__addon">{prefix}</span>}
          {input}
          {suffix && <span className="ui-input-group__addon">{suffix}</span>}
        </span>
      ) : (
        input
      )}
    </FieldRow>
  );
});

export type TextAreaProps = TextareaHTMLAttributes<HTMLTextAreaElement> & FieldProps;

/** A labelled multi-line text box. */
export const TextArea = forwardRef<HTMLTextAreaElement, TextAreaProps>(function TextArea(
  { label, help, error, hideLabel, rowClassName, id, className, 'aria-describedby': describedBy, ...props },
  ref,
) {
  const ids = useFieldIds(id, help, error, describedBy);
  return (
    <FieldRow {...ids} label={label} hideLabel={hideLabel} help={help} error={error} required={props.required} rowClassName={rowClassName} name={props.name}>
      <textarea
        ref={ref}
        id={ids.controlId}
        className={`ui-input ui-textarea${className ? ` ${className}` : ''}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.described}
        {...props}
      />
    </FieldRow>
  );
});

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

export type SelectProps = SelectHTMLAttributes<HTMLSelectElement> & FieldProps & { options: SelectOption[]; placeholder?: string };

/** A labelled native select (the phone's own picker on touch screens). */
export const Select = forwardRef<HTMLSelectElement, SelectProps>(function Select(
  { label, help, error, hideLabel, rowClassName, id, className, options, placeholder, 'aria-describedby': describedBy, ...props },
  ref,
) {
  const ids = useFieldIds(id, help, error, describedBy);
  return (
    <FieldRow {...ids} label={label} hideLabel={hideLabel} help={help} error={error} required={props.required} rowClassName={rowClassName} name={props.name}>
      <select
        ref={ref}
        id={ids.controlId}
        className={`ui-input ui-select${className ? ` ${className}` : ''}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.described}
        {...props}
      >
        {placeholder !== undefined && (
          <option value="" disabled={props.required}>
            {placeholder}
          </option>
        )}
        {options.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldRow>
  );
});

export type CheckboxProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> & Omit<FieldProps, 'hideLabel'>;

/** A checkbox with its label beside it (also a switch look with className="ui-switch"). */
export const Checkbox = forwardRef<HTMLInputElement, CheckboxProps>(function Checkbox(
  { label, help, error, rowClassName, id, className, 'aria-describedby': describedBy, ...props },
  ref,
) {
  const ids = useFieldIds(id, help, error, describedBy);
  return (
    <div className={`ui-field ui-field--check${error ? ' ui-field--error' : ''}${rowClassName ? ` ${rowClassName}` : ''}`}>
      <label className="ui-check" htmlFor={ids.controlId}>
        <input
          ref={ref}
          type="checkbox"
          id={ids.controlId}
          className={`ui-check__input${className ? ` ${className}` : ''}`}
          aria-invalid={error ? true : undefined}
          aria-describedby={ids.described}
          {...props}
        />
        <span className="ui-check__label">{label}</span>
      </label>
      <FieldMessages help={help} helpId={ids.helpId} error={error} errorId={ids.errorId} name={props.name} />
    </div>
  );
});

export interface RadioOption {
  value: string;
  label: ReactNode;
  disabled?: boolean;
  /** Extra text after the label (a count), inside the option. */
  extra?: ReactNode;
  /** Class of this option's label (a "sold out" look). */
  className?: string;
}

interface RadioGroupProps {
  label: ReactNode;
  hideLabel?: boolean;
  name: string;
  options: RadioOption[];
  value: string | null | undefined;
  onChange: (value: string) => void;
  help?: ReactNode;
  error?: ReactNode;
  /** "list": a column of radios; "buttons": a row of toggle-looking options. */
  appearance?: 'list' | 'buttons';
  className?: string;
  'data-testid'?: string;
}

/** Radios in a fieldset whose legend is the label; arrow keys move between them (native). */
export function RadioGroup({ label, hideLabel, name, options, value, onChange, help, error, appearance = 'list', className, ...rest }: RadioGroupProps) {
  const ids = useFieldIds(undefined, help, error);
  return (
    <fieldset
      className={`ui-radio-group ui-radio-group--${appearance}${error ? ' ui-field--error' : ''}${className ? ` ${className}` : ''}`}
      aria-describedby={ids.described}
      aria-invalid={error ? true : undefined}
      data-testid={rest['data-testid']}
    >
      <legend className={hideLabel ? 'sr-only' : 'ui-field__label'}>{label}</legend>
      <div className="ui-radio-group__options">
        {options.map((option) => (
          <label key={option.value} className={`ui-radio${option.disabled ? ' is-disabled' : ''}${option.className ? ` ${option.className}` : ''}`}>
            <input
              type="radio"
              className="ui-radio__input"
              name={name}
              value={option.value}
              checked={value === option.value}
              disabled={option.disabled}
              onChange={() => onChange(option.value)}
            />
            <span className="ui-radio__label">
              {option.label}
              {option.extra}
            </span>
          </label>
        ))}
      </div>
      <FieldMessages help={help} helpId={ids.helpId} error={error} errorId={ids.errorId} name={name} />
    </fieldset>
  );
}
