import { JwtService } from '@nestjs/jwt';
import { AccessTokenReader } from './access-token';

const jwt = new JwtService({ secret: 'a-test-secret-a-test-secret-a-test-secret', signOptions: { algorithm: 'HS256' } });
const sign = (claims: object, expiresIn?: number) => jwt.sign(claims, expiresIn === undefined ? {} : { expiresIn });

describe('AccessTokenReader', () => {
  it('names the caller of a valid access token, and an anonymous caller otherwise', async () => {
    const reader = new AccessTokenReader(jwt);
    const token = sign({ sub: 'u1', email: 'ada@example.com', role: 'customer' }, 900);
    expect(await reader.caller(`Bearer ${token}`)).toEqual({ id: 'u1', email: 'ada@example.com', role: 'customer' });
    expect(await reader.caller(undefined)).toBeNull();
    expect(await reader.caller('Basic abc')).toBeNull();
    expect(await reader.caller('Bearer not-a-jwt')).toBeNull();
    expect(await reader.caller(`Bearer ${sign({ sub: 'u1', role: 'customer' })}`)).toBeNull(); // no exp
    expect(await reader.caller(`Bearer ${sign({ sub: 'u1', role: 'superuser' }, 900)}`)).toBeNull();
    const forged = new JwtService({ secret: 'another-secret-another-secret-another' }).sign({ sub: 'u1', role: 'admin' }, { expiresIn: 900 });
    expect(await reader.caller(`Bearer ${forged}`)).toBeNull();
  });

  it('remembers a verified token only until it expires', async () => {
    jest.useFakeTimers({ now: new Date('2026-11-28T10:00:00Z'), doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    try {
      const reader = new AccessTokenReader(jwt);
      const token = sign({ sub: 'u2', role: 'customer' }, 60);
      const verify = jest.spyOn(jwt, 'verifyAsync');
      expect((await reader.caller(`Bearer ${token}`))?.id).toBe('u2');
      expect((await reader.caller(`Bearer ${token}`))?.id).toBe('u2');
      expect(verify).toHaveBeenCalledTimes(1);
      jest.setSystemTime(new Date('2026-11-28T10:01:01Z'));
      expect(await reader.caller(`Bearer ${token}`)).toBeNull(); // checked again, and expired
      expect(verify).toHaveBeenCalledTimes(2);
      verify.mockRestore();
    } finally {
      jest.useRealTimers();
    }
  });
});
