import type { FieldErrors, FieldValues, UseFormRegister } from 'react-hook-form';
import { TextField } from '@/ui';
import { errorOf, rules } from '@/lib/field-rules';
import { confirmationRule } from '../lib/password-forms';

interface NewPasswordFieldsProps {
  register: UseFormRegister<FieldValues>;
  errors: FieldErrors<FieldValues>;
  /** The form's values, for the confirmation to compare with. */
  values: () => { new_password: string };
  confirmLabel: string;
  autoFocus?: boolean;
}

/** The new password typed twice (password reset, change password): 8..72 bytes, the two equal. */
export function NewPasswordFields({ register, errors, values, confirmLabel, autoFocus }: NewPasswordFieldsProps) {
  return (
    <>
      <TextField
        label="New password"
        type="password"
        autoComplete="new-password"
        autoFocus={autoFocus}
        help="At least 8 characters."
        error={errorOf(errors, 'new_password', 'New password')}
        {...register('new_password', rules.password)}
      />
      <TextField
        label={confirmLabel}
        type="password"
        autoComplete="new-password"
        error={errorOf(errors, 'confirm_password', 'Confirm password')}
        {...register('confirm_password', confirmationRule(values))}
      />
    </>
  );
}
