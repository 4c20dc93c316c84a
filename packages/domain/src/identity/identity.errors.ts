import { PostalAddressLimits } from '../shared/postal-address.value-object';
/** Stable error codes of the identity context. */
export const IdentityErrorCodes = {
  INVALID_USER: 'IDENTITY.INVALID_USER',
  INVALID_ADDRESS: 'IDENTITY.INVALID_ADDRESS',
  INVALID_ROLE: 'IDENTITY.INVALID_ROLE',
  INVALID_QUERY: 'IDENTITY.INVALID_QUERY',
  WEAK_PASSWORD: 'IDENTITY.WEAK_PASSWORD',
  WRONG_PASSWORD: 'IDENTITY.WRONG_PASSWORD',
  EMAIL_TAKEN: 'IDENTITY.EMAIL_TAKEN',
  USER_NOT_FOUND: 'IDENTITY.USER_NOT_FOUND',
  ADDRESS_NOT_FOUND: 'IDENTITY.ADDRESS_NOT_FOUND',
  DUPLICATE_ADDRESS: 'IDENTITY.DUPLICATE_ADDRESS',
  TOO_MANY_ADDRESSES: 'IDENTITY.TOO_MANY_ADDRESSES',
  DEFAULT_ADDRESS_REQUIRED: 'IDENTITY.DEFAULT_ADDRESS_REQUIRED',
  INVALID_CREDENTIALS: 'IDENTITY.INVALID_CREDENTIALS',
  INVALID_REFRESH_TOKEN: 'IDENTITY.INVALID_REFRESH_TOKEN',
  INVALID_RESET_TOKEN: 'IDENTITY.INVALID_RESET_TOKEN',
  LAST_ADMIN: 'IDENTITY.LAST_ADMIN',
  FORBIDDEN: 'IDENTITY.FORBIDDEN',
} as const;

export type IdentityErrorCode = (typeof IdentityErrorCodes)[keyof typeof IdentityErrorCodes];

/** Limits of the identity context (characters unless named otherwise). */
export const IdentityLimits = {
  NAME_MAX: 100,
  /** bcrypt reads at most 72 bytes; CONTRACT.md: passwords are 8..72 bytes of UTF-8. */
  PASSWORD_MIN_BYTES: 8,
  PASSWORD_MAX_BYTES: 72,
  ADDRESSES_MAX: 20,
  ADDRESS_LABEL_MAX: 50,
  ADDRESS_NAME_MAX: PostalAddressLimits.NAME_MAX,
  ADDRESS_LINE_MAX: PostalAddressLimits.LINE_MAX,
  ADDRESS_CITY_MAX: PostalAddressLimits.CITY_MAX,
  ADDRESS_STATE_MAX: PostalAddressLimits.STATE_MAX,
  POSTAL_CODE_MAX: PostalAddressLimits.POSTAL_CODE_MAX,
  PHONE_MAX: 30,
  /** E.164 allows at most 15 digits; fewer than 5 is no reachable number. */
  PHONE_DIGITS_MIN: 5,
  PHONE_DIGITS_MAX: 15,
} as const;
