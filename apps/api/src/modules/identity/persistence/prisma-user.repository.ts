import { Injectable } from '@nestjs/common';
import { DomainError, UserRole } from '@devgear/domain';
import type { NewUser, UserRecord, UserRepository } from '@devgear/application';
import { PrismaService } from '../../../platform/database/prisma.service';

@Injectable()
export class PrismaUserRepository implements UserRepository {
  constructor(private readonly prisma: PrismaService) {}

  async findByEmail(email: string): Promise<UserRecord | null> {
    return this.prisma.user.findUnique({ where: { email }, select: { id: true, email: true, role: true } });
  }

  async create(user: NewUser): Promise<void> {
    try {
      await this.prisma.user.create({ data: user });
    } catch (err) {
      if ((err as { code?: string }).code === 'P2002') {
        throw new DomainError('IDENTITY.EMAIL_TAKEN', 'An account with this email already exists', 'conflict', {
          email: ['is already registered'],
        });
      }
      throw err;
    }
  }

  async setRole(id: string, role: UserRole): Promise<void> {
    await this.prisma.user.update({ where: { id }, data: { role } });
  }
}
