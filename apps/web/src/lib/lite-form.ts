import { useCallback, useRef, useState, type ChangeEvent } from 'react';
import { check, type Rule } from './field-rules';

type Element = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
export type LiteErrors = Record<string, { message: string }>;

function flatten(value: Record<string, unknown>, prefix = '', into: Record<string, string> = {}): Record<string, string> {
  for (const [key, entry] of Object.entries(value)) {
    if (entry && typeof entry === 'object') flatten(entry as Record<string, unknown>, `${prefix}${key}.`, into);
    else into[`${prefix}${key}`] = entry === null || entry === undefined ? '' : String(entry);
  }
  return into;
}

function unflatten(flat: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(flat)) {
    const parts = path.split('.');
    let node = out;
    for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
    node[parts[parts.length - 1]] = value;
  }
  return out;
}

/**
 * A form of text fields in a few lines: `register(name, rule)` spreads onto a kit TextField or
 * Select (uncontrolled, like react-hook-form's), `submit` checks every rule and hands over the
 * values, `setError` puts an API's problem on a field. The checkout uses it: react-hook-form's
 * 11 KB gzipped would take that page over its 150 KB budget.
 */
export function useLiteForm<T extends Record<string, unknown>>(defaults: T, onAnyChange?: () => void) {
  const values = useRef(flatten(defaults));
  const rules = useRef(new Map<string, Rule>());
  const elements = useRef(new Map<string, Element>());
  const [errors, setErrors] = useState<LiteErrors>({});
  const changed = useRef(onAnyChange);
  changed.current = onAnyChange;

  const setError = useCallback((name: string, error: { message?: string }, options?: { shouldFocus?: boolean }) => {
    setErrors((current) => ({ ...current, [name]: { message: error.message ?? 'is not valid' } }));
    if (options?.shouldFocus) elements.current.get(name)?.focus();
  }, []);

  const clearErrors = useCallback((prefix?: string) => {
    setErrors((current) => (prefix ? Object.fromEntries(Object.entries(current).filter(([name]) => !name.startsWith(prefix))) : {}));
  }, []);

  const register = useCallback(
    (name: string, rule: Rule = {}) => {
      rules.current.set(name, rule);
      return {
        name,
        defaultValue: values.current[name] ?? '',
        ref: (element: Element | null) => {
          if (element) elements.current.set(name, element);
          else elements.current.delete(name);
        },
        onChange: (event: ChangeEvent<Element>) => {
          values.current[name] = event.target.value;
          // A problem shown goes away as soon as the field is right.
          setErrors((current) => (current[name] && check(rule, event.target.value) === true ? Object.fromEntries(Object.entries(current).filter(([key]) => key !== name)) : current));
          changed.current?.();
        },
      };
    },
    [],
  );

  /** Checks the mounted fields; resolves to the values when all pass, null (problems shown, first focused) otherwise. */
  const validate = useCallback((): T | null => {
    const found: LiteErrors = {};
    for (const [name, element] of elements.current) {
      const verdict = check(rules.current.get(name) ?? {}, values.current[name] ?? element.value);
      if (verdict !== true) found[name] = { message: verdict };
    }
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) {
      elements.current.get(first)?.focus();
      return null;
    }
    return unflatten(values.current) as T;
  }, []);

  return { register, errors, setError, clearErrors, validate };
}
