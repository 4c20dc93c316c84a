import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { GuestCartStore } from '@devgear/application';
import { PrismaService } from '../../../platform/database/prisma.service';
import { sql } from '../../../platform/database/sql';

/** A guest cart token stops working after this long unused (CONTRACT.md "Cart"). */
export const GUEST_CART_IDLE_MS = 30 * 24 * 60 * 60 * 1000;

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Guest cart tokens in `guest_carts`: 32 random bytes (base64url) given to the browser once,
 * only their SHA-256 stored. The row's id owns the guest's cart (carts.guest_id).
 */
@Injectable()
export class PrismaGuestCartStore implements GuestCartStore {
  constructor(private readonly prisma: PrismaService) {}

  async create(id: string, now: Date): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await this.prisma.query(sql`INSERT INTO guest_carts (id, token_hash, last_used_at, created_at) VALUES (${id}::uuid, ${hashOf(token)}, ${now}, ${now})`);
    return token;
  }

  /** The guest id of a live token (and marks it used now), or null: unknown, merged or idle too long. */
  async resolve(token: string, now: Date): Promise<string | null> {
    if (typeof token !== 'string' || token.length < 16 || token.length > 200) return null;
    const idleSince = new Date(now.getTime() - GUEST_CART_IDLE_MS);
    const [row] = await this.prisma.query<{ id: string }>(sql`
      UPDATE guest_carts SET last_used_at = ${now}
      WHERE token_hash = ${hashOf(token)} AND last_used_at > ${idleSince}
      RETURNING id`);
    return row?.id ?? null;
  }

  /** The token and its cart (ON DELETE CASCADE) are gone. */
  async delete(id: string): Promise<void> {
    await this.prisma.query(sql`DELETE FROM guest_carts WHERE id = ${id}::uuid`);
  }
}
