import type { FieldErrors, FieldValues } from 'react-hook-form';
import { fieldMessage } from './form-errors';

/** A check react-hook-form's `register` takes (a structural subset of its RegisterOptions, for any form). */
export interface Rule {
  required?: string;
  validate?: (value: unknown) => true | string;
  maxLength?: { value: number; message: string };
}

/**
 * The storefront forms' checks, as react-hook-form rules: the same fragments the contracts use
 * ("is required", "must be an email address"), shown after the field's label. The API still
 * checks everything; these only save a round trip (and keep zod off the storefront's pages).
 */
export const rules = {
  required: { required: 'is required', validate: (v: unknown) => (typeof v !== 'string' || v.trim() !== '' ? true : 'is required') },
  text: (max: number, required = true): Rule => ({
    ...(required ? { validate: (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? true : 'is required') } : {}),
    maxLength: { value: max, message: `must be at most ${max} characters` },
  }),
  email: {
    validate: (v: unknown) => {
      const text = typeof v === 'string' ? v.trim() : '';
      if (text === '') return 'is required';
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text) ? true : 'must be an email address';
    },
    maxLength: { value: 254, message: 'is too long' },
  },
  /** 8..72 bytes (bcrypt's limit), the API's rule; the common-password list is the server's. */
  password: {
    validate: (v: unknown) => {
      const bytes = new TextEncoder().encode(typeof v === 'string' ? v : '').length;
      if (bytes === 0) return 'is required';
      if (bytes < 8) return 'must be at least 8 characters long';
      return bytes <= 72 ? true : 'must be at most 72 bytes long';
    },
  },
  /** A phone number for the carrier: optional; 5 to 15 digits, optionally starting with +. */
  phone: {
    validate: (v: unknown) => {
      const text = typeof v === 'string' ? v.trim() : '';
      if (text === '') return true;
      const digits = text.replace(/\D/g, '').length;
      return /^\+?[0-9 ().-]+$/.test(text) && digits >= 5 && digits <= 15
        ? true
        : 'must be a phone number of 5 to 15 digits, optionally starting with + (spaces, dots, dashes and brackets allowed)';
    },
    maxLength: { value: 30, message: 'must be at most 30 characters' },
  },
} satisfies Record<string, Rule | ((max: number, required?: boolean) => Rule)>;

/** The entry at a dotted path ('shipping_address.name') of nested errors, or under that key of flat ones. */
function at(errors: unknown, name: string): { message?: string } | undefined {
  if (!errors || typeof errors !== 'object') return undefined;
  const flat = (errors as Record<string, unknown>)[name];
  if (flat) return flat as { message?: string };
  let node: unknown = errors;
  for (const part of name.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  return node as { message?: string } | undefined;
}

/** The field's problem as a sentence ("Email is required"), or undefined (react-hook-form's errors or useLiteForm's). */
export function errorOf<T extends FieldValues>(errors: FieldErrors<T> | Record<string, { message?: string }>, name: string, label: string): string | undefined {
  return fieldMessage(label, at(errors, name)?.message);
}

/** Runs a rule on a value: true, or the problem. */
export function check(rule: Rule, value: unknown): true | string {
  if (rule.required && (value === undefined || value === null || value === '')) return rule.required;
  if (rule.maxLength && typeof value === 'string' && value.length > rule.maxLength.value) return rule.maxLength.message;
  return rule.validate ? rule.validate(value) : true;
}
