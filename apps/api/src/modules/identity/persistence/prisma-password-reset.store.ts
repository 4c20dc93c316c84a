import { Injectable } from '@nestjs/common';
import type { NewPasswordResetRecord, PasswordResetRecord, PasswordResetStore } from '@devgear/application';
import { PrismaService } from '../../../platform/database/prisma.service';

@Injectable()
export class PrismaPasswordResetStore implements PasswordResetStore {
  constructor(private readonly prisma: PrismaService) {}

  async create(record: NewPasswordResetRecord): Promise<void> {
    await this.prisma.db.passwordReset.create({ data: record });
  }

  findByHash(tokenHash: string): Promise<PasswordResetRecord | null> {
    return this.prisma.db.passwordReset.findUnique({ where: { tokenHash } });
  }

  async markUsed(id: string, at: Date): Promise<boolean> {
    const { count } = await this.prisma.db.passwordReset.updateMany({ where: { id, usedAt: null }, data: { usedAt: at } });
    return count === 1;
  }

  async invalidateAllForUser(userId: string, at: Date): Promise<void> {
    await this.prisma.db.passwordReset.updateMany({ where: { userId, usedAt: null }, data: { usedAt: at } });
  }
}
