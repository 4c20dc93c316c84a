import { Injectable } from '@nestjs/common';
import type { RecommendationRefreshQueue } from '@devgear/application';
import { PrismaService } from '../../../platform/database/prisma.service';
import { sql } from '../../../platform/database/sql';

/** A list being recomputed is left to its taker this long; a killed taker's lists are taken again after it. */
const TAKE_FOR = '60 seconds';

/**
 * The refresh queue in `recommendation_refreshes`, one row per list. Adding joins the caller's
 * transaction (the outbox message's) and never waits for a recompute: a list queued again while
 * it is being recomputed only bumps its version, and stays for the next round.
 */
@Injectable()
export class PrismaRecommendationRefreshQueue implements RecommendationRefreshQueue {
  constructor(private readonly prisma: PrismaService) {}

  async add(targets: readonly string[]): Promise<void> {
    if (targets.length === 0) return;
    await this.prisma.query(sql`
      INSERT INTO recommendation_refreshes (target) SELECT DISTINCT unnest(${[...targets]}::text[])
      ON CONFLICT (target) DO UPDATE SET version = recommendation_refreshes.version + 1`);
  }

  async process(limit: number, work: (targets: string[]) => Promise<void>): Promise<number> {
    const taken = await this.prisma.query<{ target: string; version: number }>(sql`
      UPDATE recommendation_refreshes r SET taken_until = now() + ${TAKE_FOR}::interval
      WHERE r.target IN (
        SELECT target FROM recommendation_refreshes WHERE taken_until IS NULL OR taken_until < now()
        ORDER BY queued_at LIMIT ${limit} FOR UPDATE SKIP LOCKED)
      RETURNING r.target, r.version`);
    if (taken.length === 0) return 0;
    const targets = taken.map((t) => t.target);
    try {
      await work(targets);
    } catch (err) {
      await this.prisma.query(sql`UPDATE recommendation_refreshes SET taken_until = NULL WHERE target = ANY(${targets}::text[])`);
      throw err;
    }
    await this.prisma.query(sql`
      WITH done AS (
        DELETE FROM recommendation_refreshes r USING unnest(${targets}::text[], ${taken.map((t) => t.version)}::int[]) AS t(target, version)
        WHERE r.target = t.target AND r.version = t.version RETURNING r.target)
      UPDATE recommendation_refreshes SET taken_until = NULL
      WHERE target = ANY(${targets}::text[]) AND target NOT IN (SELECT target FROM done)`);
    return taken.length;
  }
}
