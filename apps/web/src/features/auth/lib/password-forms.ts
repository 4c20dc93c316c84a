import { changePasswordSchema, passwordSchema } from '@devgear/contracts';
import { z } from 'zod';

const confirmation = z.string({ message: 'is required' }).min(1, 'is required');
const MISMATCH = 'does not match the new password';

/** New password typed twice; the rules are the contracts' (8..72 bytes). */
export const resetPasswordFormSchema = z
  .object({ new_password: passwordSchema, confirm_password: confirmation })
  .refine((v) => v.new_password === v.confirm_password, { path: ['confirm_password'], message: MISMATCH });

/** PUT /me/password's body plus the confirmation. */
export const changePasswordFormSchema = changePasswordSchema
  .extend({ confirm_password: confirmation })
  .refine((v) => v.new_password === v.confirm_password, { path: ['confirm_password'], message: MISMATCH });
