import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { UserRole } from '@devgear/domain';

export const ROLES = 'devgear:roles';
export const RATE_SCOPE = 'devgear:rateScope';

/** Only these roles may call the route (after signing in). */
export const Roles = (...roles: UserRole[]) => SetMetadata(ROLES, roles);

/** The rate-limit scope of a route: 'auth' counts per client IP (see CONTRACT.md). */
export const RateLimitScope = (scope: 'auth' | 'api' | 'admin') => SetMetadata(RATE_SCOPE, scope);

export interface AuthUser {
  id: string;
  email: string;
  role: UserRole;
}

/** The signed-in caller, set by AuthGuard. */
export const CurrentUser = createParamDecorator((_data: unknown, ctx: ExecutionContext): AuthUser => {
  return ctx.switchToHttp().getRequest<{ user: AuthUser }>().user;
});
