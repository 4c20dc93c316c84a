import { DomainError, IdentityErrorCodes, type User } from '@devgear/domain';
import type { UserRepository } from '../ports/user-repository.port';

/** The one answer to a failed login, whatever failed (CONTRACT.md: same message for both). */
export const INVALID_CREDENTIALS_MESSAGE = 'Invalid email or password';
export const INVALID_REFRESH_TOKEN_MESSAGE = 'Invalid or expired refresh token';

export function invalidCredentials(): DomainError {
  return new DomainError(IdentityErrorCodes.INVALID_CREDENTIALS, INVALID_CREDENTIALS_MESSAGE, 'unauthenticated');
}

export function invalidRefreshToken(): DomainError {
  return new DomainError(IdentityErrorCodes.INVALID_REFRESH_TOKEN, INVALID_REFRESH_TOKEN_MESSAGE, 'unauthenticated');
}

export function userNotFound(): DomainError {
  return new DomainError(IdentityErrorCodes.USER_NOT_FOUND, 'User not found', 'not_found');
}

export async function requireUser(users: UserRepository, userId: string): Promise<User> {
  const user = typeof userId === 'string' && userId !== '' ? await users.loadUser(userId) : null;
  if (!user) throw userNotFound();
  return user;
}
