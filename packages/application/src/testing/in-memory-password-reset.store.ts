import type { NewPasswordResetRecord, PasswordResetRecord, PasswordResetStore } from '../ports/password-reset-store.port';
import type { TransactionalState } from './in-memory-unit-of-work';

/** Password-reset tokens in a map. markUsed checks and sets in one synchronous step, so it is atomic. */
export class InMemoryPasswordResetStore implements PasswordResetStore, TransactionalState {
  private rows = new Map<string, PasswordResetRecord>();

  snapshotState(): unknown {
    return structuredClone(this.rows);
  }

  restoreState(state: unknown): void {
    this.rows = structuredClone(state as Map<string, PasswordResetRecord>);
  }

  async create(record: NewPasswordResetRecord): Promise<void> {
    if (this.rows.has(record.id)) throw new Error(`Password reset ${record.id} already exists`);
    this.rows.set(record.id, copy({ ...record, usedAt: null }));
  }

  async findByHash(tokenHash: string): Promise<PasswordResetRecord | null> {
    const row = [...this.rows.values()].find((r) => r.tokenHash === tokenHash);
    return row ? copy(row) : null;
  }

  async markUsed(id: string, at: Date): Promise<boolean> {
    const row = this.rows.get(id);
    if (!row || row.usedAt) return false;
    row.usedAt = new Date(at.getTime());
    return true;
  }

  async invalidateAllForUser(userId: string, at: Date): Promise<void> {
    for (const row of this.rows.values()) if (row.userId === userId && !row.usedAt) row.usedAt = new Date(at.getTime());
  }

  /** Every stored record (copies), oldest first. */
  records(): PasswordResetRecord[] {
    return [...this.rows.values()].map(copy);
  }
}

function copy(record: PasswordResetRecord): PasswordResetRecord {
  return {
    ...record,
    expiresAt: new Date(record.expiresAt.getTime()),
    createdAt: new Date(record.createdAt.getTime()),
    usedAt: record.usedAt ? new Date(record.usedAt.getTime()) : null,
  };
}
