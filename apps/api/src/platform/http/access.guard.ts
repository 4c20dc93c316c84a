import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiError } from './errors';
import { IS_PUBLIC } from './public.decorator';

/**
 * Default-deny: a route is reachable only when marked @Public(). Until sign-in exists
 * (the accounts issue replaces this guard with JWT + roles), every other route answers
 * 401 — so an admin write can never be reached anonymously by accident.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    throw new ApiError(401, 'UNAUTHENTICATED', 'Sign in to continue');
  }
}
