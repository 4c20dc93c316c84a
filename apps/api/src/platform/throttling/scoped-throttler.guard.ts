import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard, ThrottlerRequest } from '@nestjs/throttler';
import { ApiError } from '../http/errors';
import { AuthUser, RATE_SCOPE, ROLES } from '../auth/auth.decorators';

type Scope = 'auth' | 'api' | 'admin';
const ADMIN_PATH = /^\/api\/v1\/admin(\/|\?|$)/;

/**
 * The three limits of CONTRACT.md: auth routes per client IP, admin routes per admin,
 * everything else per user (per IP when anonymous). Each route counts against exactly
 * one scope, and all the routes of a scope draw on one budget per client. Client IPs come from X-Forwarded-For only when TRUST_PROXY is set (Fastify).
 */
@Injectable()
export class ScopedThrottlerGuard extends ThrottlerGuard {
  protected override async handleRequest(props: ThrottlerRequest): Promise<boolean> {
    const scope = this.scopeOf(props.context);
    if (props.throttler.name !== scope) return true;
    const req = props.context.switchToHttp().getRequest<{ ip: string; user?: AuthUser; rateScope?: Scope }>();
    req.rateScope = scope;
    return super.handleRequest(props);
  }

  /**
   * One budget per scope and client, shared by every route of the scope: 5 attempts per IP
   * across register, login, refresh and both reset routes together, not 5 on each (the
   * throttler's own key is per route).
   */
  protected override generateKey(_context: ExecutionContext, tracker: string, scope: string): string {
    return `${scope}:${tracker}`;
  }

  protected override async getTracker(req: Record<string, unknown>): Promise<string> {
    const user = req.user as AuthUser | undefined;
    return req.rateScope === 'auth' || !user ? `ip:${String(req.ip)}` : `user:${user.id}`;
  }

  protected override async throwThrottlingException(_context: ExecutionContext, detail: { timeToBlockExpire: number; ttl: number }): Promise<void> {
    const seconds = Math.max(1, Math.ceil(detail.timeToBlockExpire || detail.ttl / 1000));
    throw new ApiError(429, 'RATE_LIMITED', `Too many requests; try again in ${seconds} seconds`, undefined, { 'Retry-After': String(seconds) });
  }

  private scopeOf(context: ExecutionContext): Scope {
    const targets = [context.getHandler(), context.getClass()];
    const explicit = this.reflector.getAllAndOverride<Scope | undefined>(RATE_SCOPE, targets);
    if (explicit) return explicit;
    const roles = this.reflector.getAllAndOverride<string[] | undefined>(ROLES, targets);
    const url = context.switchToHttp().getRequest<{ url: string }>().url;
    return ADMIN_PATH.test(url) || roles?.includes('admin') ? 'admin' : 'api';
  }
}
