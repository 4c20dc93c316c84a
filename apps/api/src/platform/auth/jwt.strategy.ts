import { createSecretKey, type KeyObject } from 'node:crypto';
import { Inject, Injectable, OnModuleDestroy, Type } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import passport from 'passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { isUserRole } from '@devgear/domain';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import type { AuthUser } from './auth.decorators';

const keys = new Map<string, KeyObject>();
/** The HMAC key of JWT_SECRET, made once per secret, for signing and verifying access tokens. */
export function jwtKeyOf(secret: string): KeyObject {
  let key = keys.get(secret);
  if (!key) keys.set(secret, (key = createSecretKey(Buffer.from(secret, 'utf8'))));
  return key;
}

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
        // A KeyObject, made once: given the string, jsonwebtoken would try to parse it as a public
        // key and then make a secret key on every request (about 5 % of the CPU of a checkout).
        secretOrKey: jwtKeyOf(config.jwtSecret) as unknown as string,
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
