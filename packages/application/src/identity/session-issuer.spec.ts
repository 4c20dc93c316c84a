import { identityTestKit } from '../testing';
import { REFRESH_TOKEN_TTL_SECONDS, SessionIssuer } from './session-issuer';

const subject = { id: 'u-1', email: 'ada@example.com', role: 'customer' as const };

describe('SessionIssuer', () => {
  it('starts a session: access token with the claims, a 256-bit refresh token stored only as its hash', async () => {
    const kit = identityTestKit();
    const session = await kit.sessions.start(subject);

    expect(kit.tokens.claimsOf(session.accessToken)).toEqual({ sub: 'u-1', role: 'customer', email: 'ada@example.com' });
    expect(session.expiresIn).toBe(900);
    expect(session.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 bytes, base64url
    const [record] = kit.refreshTokens.records();
    expect(record.tokenHash).toBe(kit.tokenHasher.sha256(session.refreshToken));
    expect(JSON.stringify(kit.refreshTokens.records())).not.toContain(session.refreshToken);
    expect(record).toMatchObject({ userId: 'u-1', usedAt: null, revokedAt: null, replacedBy: null });
    expect(record.familyId).toBe(record.id); // a new family, named after its first token
    expect(record.createdAt).toEqual(kit.clock.now());
    expect(record.expiresAt.getTime() - record.createdAt.getTime()).toBe(REFRESH_TOKEN_TTL_SECONDS * 1000);
  });

  it('gives every session its own family and token', async () => {
    const kit = identityTestKit();
    const a = await kit.sessions.start(subject);
    const b = await kit.sessions.start(subject);
    expect(a.refreshToken).not.toBe(b.refreshToken);
    const [ra, rb] = kit.refreshTokens.records();
    expect(ra.familyId).not.toBe(rb.familyId);
  });

  it('continues a family with the id chosen by the caller', async () => {
    const kit = identityTestKit();
    await kit.sessions.continue(subject, 'family-1', 'token-7');
    expect(kit.refreshTokens.records()).toEqual([expect.objectContaining({ id: 'token-7', familyId: 'family-1' })]);
  });

  it('takes the refresh token lifetime from its options', async () => {
    const kit = identityTestKit();
    const sessions = new SessionIssuer(kit, { refreshTokenTtlSeconds: 60 });
    await sessions.start(subject);
    const [record] = kit.refreshTokens.records();
    expect(record.expiresAt.getTime() - record.createdAt.getTime()).toBe(60_000);
    expect(() => new SessionIssuer(kit, { refreshTokenTtlSeconds: 0 })).toThrow(RangeError);
  });
});
