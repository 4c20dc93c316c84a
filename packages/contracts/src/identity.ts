import { z } from 'zod';
import { USER_ROLES } from './constants';

const utf8Bytes = (s: string) => new TextEncoder().encode(s).length;

/** 8..72 bytes (bcrypt's limit), the rule the API enforces; the common-password list is server-side. */
export const passwordSchema = z
  .string({ message: 'is required' })
  .refine((p) => utf8Bytes(p) >= 8, 'must be at least 8 characters long')
  .refine((p) => utf8Bytes(p) <= 72, 'must be at most 72 bytes long');

const email = z.string({ message: 'is required' }).trim().min(1, 'is required').max(254, 'is too long').email('must be an email address');
const name = z.string({ message: 'is required' }).trim().min(1, 'is required').max(100, 'must be at most 100 characters');

export const registerSchema = z.object({ email, password: passwordSchema, first_name: name, last_name: name }).strict();
export type RegisterRequest = z.input<typeof registerSchema>;

export const loginSchema = z.object({ email, password: z.string({ message: 'is required' }).min(1, 'is required').max(1024) }).strict();
export type LoginRequest = z.input<typeof loginSchema>;

export const refreshSchema = z.object({ refresh_token: z.string({ message: 'is required' }).min(1, 'is required').max(512) }).strict();
export const logoutSchema = refreshSchema;

export const passwordResetRequestSchema = z.object({ email }).strict();
export const passwordResetSchema = z
  .object({ token: z.string({ message: 'is required' }).min(1, 'is required').max(512), new_password: passwordSchema })
  .strict();

export const updateProfileSchema = z
  .object({ first_name: name.optional(), last_name: name.optional() })
  .strict()
  .refine((v) => v.first_name !== undefined || v.last_name !== undefined, { message: 'send first_name and/or last_name', path: ['_'] });

export const changePasswordSchema = z
  .object({ current_password: z.string({ message: 'is required' }).min(1, 'is required').max(1024), new_password: passwordSchema })
  .strict();

const optionalText = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`).nullable().optional();

export const addressSchema = z
  .object({
    label: optionalText(50),
    name: z.string({ message: 'is required' }).trim().min(1, 'is required').max(100),
    line1: z.string({ message: 'is required' }).trim().min(1, 'is required').max(200),
    line2: optionalText(200),
    city: z.string({ message: 'is required' }).trim().min(1, 'is required').max(100),
    state: optionalText(100),
    postal_code: z.string({ message: 'is required' }).trim().min(1, 'is required').max(20),
    country: z.string({ message: 'is required' }).trim().regex(/^[A-Za-z]{2}$/, 'must be a 2-letter country code'),
    phone: optionalText(30),
    is_default_shipping: z.boolean().optional(),
  })
  .strict();
export type AddressRequest = z.input<typeof addressSchema>;
export const addressUpdateSchema = addressSchema.partial().strict();

export const changeRoleSchema = z.object({ role: z.enum(USER_ROLES, { message: 'must be customer or admin' }) }).strict();

export const userListQuerySchema = z.object({
  q: z.string().trim().max(200).optional(),
  page: z.string().regex(/^\d+$/, 'must be a whole number').transform(Number).pipe(z.number().int().min(1, 'must be at least 1')).optional(),
  per_page: z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(1, 'must be at least 1').max(100, 'must be at most 100'))
    .optional(),
});

export interface UserDto {
  id: string;
  email: string;
  first_name: string;
  last_name: string;
  role: (typeof USER_ROLES)[number];
  created_at: string;
}

export interface SessionDto {
  user: UserDto;
  access_token: string;
  refresh_token: string;
  expires_in: number;
}

export interface AddressDto {
  id: string;
  label: string | null;
  name: string;
  line1: string;
  line2: string | null;
  city: string;
  state: string | null;
  postal_code: string;
  country: string;
  phone: string | null;
  is_default_shipping: boolean;
  created_at: string;
}

/** GET /dev/mailbox (development only): `to` is required, one recipient's mail at a time. */
export const devMailboxQuerySchema = z.object({ to: email }).strict();

export interface MailboxMessageDto {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  sent_at: string;
}
