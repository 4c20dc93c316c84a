import { CanActivate, ExecutionContext, Inject, Injectable, Type } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard as PassportAuthGuard } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import type { UserRepository } from '@devgear/application';
import type { UserRole } from '@devgear/domain';
import { ApiError } from '../http/errors';
import { IS_PUBLIC } from '../http/public.decorator';
import { AuthUser, ROLES } from './auth.decorators';

export const USER_DIRECTORY = Symbol('UserDirectory');
const ADMIN_PATH = /^\/api\/v1\/admin(\/|\?|$)/;
const BEARER = /^Bearer\s+\S+$/i;

/**
 * Default-deny: every route needs a valid access token (checked by the passport-jwt strategy
 * registered as `strategy`, see jwtStrategyFor) unless marked @Public(). On a public route a
 * token is optional: a valid one identifies the caller, an invalid one is ignored. Routes under /admin (and any marked
 * @Roles('admin')) also need the admin role, re-checked against the database so a demotion
 * takes effect at once, not when the token expires.
 */
export function authGuardFor(strategy: string): Type<CanActivate> {
  @Injectable()
  class AuthGuard extends PassportAuthGuard(strategy) {
    constructor(
      private readonly reflector: Reflector,
      @Inject(USER_DIRECTORY) private readonly users: Pick<UserRepository, 'findById'>,
    ) {
      super();
    }

    override async canActivate(context: ExecutionContext): Promise<boolean> {
      const request = context.switchToHttp().getRequest<FastifyRequest & { user?: AuthUser }>();
      const targets = [context.getHandler(), context.getClass()];
      const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets) ?? false;
      const header = request.headers.authorization;

      if (typeof header === 'string' && BEARER.test(header)) {
        try {
          await super.canActivate(context);
        } catch (err) {
          if (!isPublic) throw err;
          request.user = undefined;
        }
      }
      if (isPublic) return true;
      if (!request.user) throw new ApiError(401, 'UNAUTHENTICATED', 'Sign in to continue');

      const roles = this.reflector.getAllAndOverride<UserRole[] | undefined>(ROLES, targets);
      const needsAdmin = ADMIN_PATH.test(request.url) || roles?.includes('admin');
      if (needsAdmin) {
        const current = await this.users.findById(request.user.id);
        if (!current) throw new ApiError(401, 'UNAUTHENTICATED', 'Sign in to continue');
        request.user.role = current.role;
        if (current.role !== 'admin') throw new ApiError(403, 'FORBIDDEN', 'This needs an admin account');
      } else if (roles && !roles.includes(request.user.role)) {
        throw new ApiError(403, 'FORBIDDEN', 'You are not allowed to do this');
      }
      return true;
    }

    /** What the strategy decided: a user, or why not (expired, bad signature, missing claims...). */
    override handleRequest<TUser = AuthUser>(err: unknown, user: TUser | false | null): TUser {
      if (err || !user) throw new ApiError(401, 'UNAUTHENTICATED', 'Your session is invalid or has expired; sign in again');
      return user;
    }
  }
  return AuthGuard;
}
