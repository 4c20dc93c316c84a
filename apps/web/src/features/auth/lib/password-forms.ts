import type { Rule } from '@/lib/field-rules';

/** The new password typed a second time: required, and equal to `new_password`. */
export function confirmationRule(values: () => { new_password: string }): Rule {
  return {
    validate: (v: unknown) => {
      if (typeof v !== 'string' || v === '') return 'is required';
      return v === values().new_password ? true : 'does not match the new password';
    },
  };
}
