import { Injectable } from '@nestjs/common';
import type { NewRefreshTokenRecord, RefreshTokenRecord, RefreshTokenStore } from '@devgear/application';
import { PrismaService } from '../../../platform/database/prisma.service';

@Injectable()
export class PrismaRefreshTokenStore implements RefreshTokenStore {
  constructor(private readonly prisma: PrismaService) {}

  async create(record: NewRefreshTokenRecord): Promise<void> {
    await this.prisma.refreshToken.create({ data: record });
  }

  findByHash(tokenHash: string): Promise<RefreshTokenRecord | null> {
    return this.prisma.refreshToken.findUnique({ where: { tokenHash } });
  }

  /** A conditional UPDATE: of two concurrent uses exactly one sees count 1. */
  async markUsed(id: string, usedAt: Date, replacedById: string): Promise<boolean> {
    const { count } = await this.prisma.refreshToken.updateMany({
      where: { id, usedAt: null, revokedAt: null },
      data: { usedAt, replacedBy: replacedById },
    });
    return count === 1;
  }

  async revokeFamily(familyId: string, at: Date): Promise<void> {
    await this.prisma.refreshToken.updateMany({ where: { familyId, revokedAt: null }, data: { revokedAt: at } });
  }

  async revokeAllForUser(userId: string, at: Date): Promise<void> {
    await this.prisma.refreshToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: at } });
  }
}
