import { Inject, Injectable, OnModuleDestroy, Type } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import passport from 'passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { isUserRole } from '@devgear/domain';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import type { AuthUser } from './auth.decorators';

/** The only algorithm access tokens are signed with (JwtTokenIssuer); `none`, RS256... are refused. */
export const ACCESS_TOKEN_ALGORITHM = 'HS256';

/**
 * Access tokens through passport-jwt: `Authorization: Bearer <jwt>`, the signature checked with
 * JWT_SECRET and HS256 only, expiry enforced. jsonwebtoken accepts a token without `exp` as
 * never expiring, so the claims are checked here too: a token without `exp`, `sub` or a known
 * `role` is not a session, whoever signed it.
 *
 * Passport keeps strategies in one process-wide registry, by name. Each app instance registers
 * its strategy under its own name (tests run several instances, with different secrets, in one
 * process) and removes it when it closes; `authGuardFor` gives the guard that uses it.
 */
export function jwtStrategyFor(name: string): Type<OnModuleDestroy> {
  @Injectable()
  class JwtStrategy extends PassportStrategy(Strategy, name) implements OnModuleDestroy {
    constructor(@Inject(APP_CONFIG) config: AppConfig) {
      super({
        jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
        secretOrKey: config.jwtSecret,
        algorithms: [ACCESS_TOKEN_ALGORITHM],
        ignoreExpiration: false,
      });
    }

    validate(claims: Record<string, unknown>): AuthUser | null {
      return sessionOf(claims);
    }

    onModuleDestroy(): void {
      passport.unuse(name);
    }
  }
  return JwtStrategy;
}

/** The caller named by verified claims, or null when a claim a session needs is missing. */
export function sessionOf(claims: Record<string, unknown>): AuthUser | null {
  const { exp, sub, role, email } = claims;
  if (typeof exp !== 'number' || !Number.isFinite(exp)) return null;
  if (typeof sub !== 'string' || sub === '') return null;
  if (!isUserRole(role)) return null;
  return { id: sub, email: typeof email === 'string' ? email : '', role };
}
