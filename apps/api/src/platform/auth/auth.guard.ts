import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { FastifyRequest } from 'fastify';
import type { UserRepository } from '@devgear/application';
import { isUserRole, type UserRole } from '@devgear/domain';
import { ApiError } from '../http/errors';
import { IS_PUBLIC } from '../http/public.decorator';
import { AuthUser, ROLES } from './auth.decorators';

export const USER_DIRECTORY = Symbol('UserDirectory');
const ADMIN_PATH = /^\/api\/v1\/admin(\/|\?|$)/;

/**
 * Default-deny: every route needs a valid access token unless marked @Public(). Routes
 * under /admin (and any marked @Roles('admin')) also need the admin role, re-checked
 * against the database so a demotion takes effect at once, not when the token expires.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    @Inject(USER_DIRECTORY) private readonly users: Pick<UserRepository, 'findById'>,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest & { user?: AuthUser }>();
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets) ?? false;
    const header = request.headers.authorization;
    const bearer = typeof header === 'string' && /^Bearer\s+\S+$/i.test(header) ? header.replace(/^Bearer\s+/i, '') : null;

    if (bearer) {
      try {
        const claims = await this.jwt.verifyAsync<{ sub: string; email: string; role: string }>(bearer, { algorithms: ['HS256'] });
        if (typeof claims.sub === 'string' && isUserRole(claims.role)) {
          request.user = { id: claims.sub, email: claims.email, role: claims.role };
        }
      } catch {
        if (!isPublic) throw new ApiError(401, 'UNAUTHENTICATED', 'Your session is invalid or has expired; sign in again');
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
}
