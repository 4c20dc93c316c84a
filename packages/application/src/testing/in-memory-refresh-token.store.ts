import type { NewRefreshTokenRecord, RefreshTokenRecord, RefreshTokenStore } from '../ports/refresh-token-store.port';

/** Refresh tokens in a map. markUsed checks and sets in one synchronous step, so it is atomic. */
export class InMemoryRefreshTokenStore implements RefreshTokenStore {
  private readonly rows = new Map<string, RefreshTokenRecord>();

  async create(record: NewRefreshTokenRecord): Promise<void> {
    if (this.rows.has(record.id)) throw new Error(`Refresh token ${record.id} already exists`);
    if ([...this.rows.values()].some((r) => r.tokenHash === record.tokenHash)) throw new Error('Refresh token hash already exists');
    this.rows.set(record.id, copy({ ...record, usedAt: null, revokedAt: null, replacedBy: null }));
  }

  async findByHash(tokenHash: string): Promise<RefreshTokenRecord | null> {
    const row = [...this.rows.values()].find((r) => r.tokenHash === tokenHash);
    return row ? copy(row) : null;
  }

  async markUsed(id: string, usedAt: Date, replacedById: string): Promise<boolean> {
    const row = this.rows.get(id);
    if (!row || row.usedAt || row.revokedAt) return false;
    row.usedAt = new Date(usedAt.getTime());
    row.replacedBy = replacedById;
    return true;
  }

  async revokeFamily(familyId: string, at: Date): Promise<void> {
    for (const row of this.rows.values()) if (row.familyId === familyId && !row.revokedAt) row.revokedAt = new Date(at.getTime());
  }

  async revokeAllForUser(userId: string, at: Date): Promise<void> {
    for (const row of this.rows.values()) if (row.userId === userId && !row.revokedAt) row.revokedAt = new Date(at.getTime());
  }

  /** Every stored record (copies), oldest first. */
  records(): RefreshTokenRecord[] {
    return [...this.rows.values()].map(copy);
  }

  /** The records that could still be used: neither used, revoked nor expired at `now`. */
  usable(now: Date): RefreshTokenRecord[] {
    return this.records().filter((r) => !r.usedAt && !r.revokedAt && r.expiresAt.getTime() > now.getTime());
  }
}

function copy(record: RefreshTokenRecord): RefreshTokenRecord {
  const date = (d: Date | null) => (d ? new Date(d.getTime()) : null);
  return {
    ...record,
    expiresAt: new Date(record.expiresAt.getTime()),
    createdAt: new Date(record.createdAt.getTime()),
    usedAt: date(record.usedAt),
    revokedAt: date(record.revokedAt),
  };
}
