import { Injectable } from '@nestjs/common';
import { DomainError, IdentityErrorCodes, User, UserRole } from '@devgear/domain';
import type { NewUser, UserCredentials, UserListPage, UserListQuery, UserRecord, UserRepository, UserSummary } from '@devgear/application';
import { Prisma } from '../../../generated/prisma/client';
import { PrismaService } from '../../../platform/database/prisma.service';
import { writeOutbox } from '../../../platform/outbox/outbox-writer';

const RECORD = { id: true, email: true, role: true } as const;

function emailTaken(): DomainError {
  return new DomainError(IdentityErrorCodes.EMAIL_TAKEN, 'An account with this email already exists', 'conflict', {
    email: ['is already registered'],
  });
}

const isUniqueViolation = (err: unknown) => (err as { code?: string }).code === 'P2002';

const SUMMARY = { id: true, email: true, firstName: true, lastName: true, role: true, createdAt: true } as const;

@Injectable()
export class PrismaUserRepository implements UserRepository {
  constructor(private readonly prisma: PrismaService) {}

  findByEmail(email: string): Promise<UserRecord | null> {
    return this.prisma.user.findUnique({ where: { email }, select: RECORD });
  }

  findById(id: string): Promise<UserRecord | null> {
    return this.prisma.user.findUnique({ where: { id }, select: RECORD });
  }

  findCredentialsByEmail(email: string): Promise<UserCredentials | null> {
    return this.prisma.user.findUnique({ where: { email }, select: { ...RECORD, passwordHash: true } });
  }

  async create(user: NewUser): Promise<void> {
    try {
      await this.prisma.user.create({ data: user });
    } catch (err) {
      if (isUniqueViolation(err)) throw emailTaken();
      throw err;
    }
  }

  async setRole(id: string, role: UserRole): Promise<void> {
    await this.prisma.user.update({ where: { id }, data: { role } });
  }

  async loadUser(id: string): Promise<User | null> {
    const u = await this.prisma.user.findUnique({
      where: { id },
      include: { addresses: { orderBy: [{ position: 'asc' }, { createdAt: 'asc' }] } },
    });
    if (!u) return null;
    return User.restore({
      id: u.id,
      email: u.email,
      firstName: u.firstName,
      lastName: u.lastName,
      role: u.role,
      passwordHash: u.passwordHash,
      addresses: u.addresses.map((a) => ({
        id: a.id,
        label: a.label,
        name: a.name,
        line1: a.line1,
        line2: a.line2,
        city: a.city,
        state: a.state,
        postalCode: a.postalCode,
        country: a.country.trim(),
        phone: a.phone,
        isDefaultShipping: a.isDefaultShipping,
        createdAt: a.createdAt,
      })),
      createdAt: u.createdAt,
      updatedAt: u.updatedAt,
    });
  }

  /**
   * User row, addresses and the user's events (to the outbox) in one transaction. The admin rows
   * are locked first, so two admins demoting each other at once cannot both succeed and leave the
   * store without one.
   */
  async saveUser(user: User): Promise<void> {
    const s = user.toSnapshot();
    const events = user.pullEvents();
    try {
      await this.prisma.transaction(async (tx) => {
        if (s.role !== 'admin') {
          const admins = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM users WHERE role = 'admin' ORDER BY id FOR UPDATE`;
          if (admins.some((a) => a.id === s.id) && admins.length <= 1) {
            throw new DomainError(IdentityErrorCodes.LAST_ADMIN, 'The store must keep at least one admin', 'invalid_state');
          }
        }
        const row = {
          email: s.email,
          firstName: s.firstName,
          lastName: s.lastName,
          role: s.role,
          passwordHash: s.passwordHash,
          updatedAt: s.updatedAt,
        };
        await tx.user.upsert({ where: { id: s.id }, create: { id: s.id, createdAt: s.createdAt, ...row }, update: row });
        await tx.address.deleteMany({ where: { userId: s.id, id: { notIn: s.addresses.map((a) => a.id) } } });
        for (const [position, a] of s.addresses.entries()) {
          const data = {
            label: a.label,
            name: a.name,
            line1: a.line1,
            line2: a.line2,
            city: a.city,
            state: a.state,
            postalCode: a.postalCode,
            country: a.country,
            phone: a.phone,
            isDefaultShipping: a.isDefaultShipping,
            position,
          };
          await tx.address.upsert({ where: { id: a.id }, create: { id: a.id, userId: s.id, createdAt: a.createdAt, ...data }, update: data });
        }
        // user.registered (the welcome email) is stored exactly when the account is.
        await writeOutbox(tx, events);
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw emailTaken();
      throw err;
    }
  }

  async listUsers(query: UserListQuery): Promise<UserListPage> {
    const where: Prisma.UserWhereInput = query.q
      ? {
          OR: [
            { email: { contains: query.q, mode: 'insensitive' } },
            { firstName: { contains: query.q, mode: 'insensitive' } },
            { lastName: { contains: query.q, mode: 'insensitive' } },
          ],
        }
      : {};
    const [items, total] = await Promise.all([
      this.prisma.user.findMany({
        where,
        orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
        skip: (query.page - 1) * query.perPage,
        take: query.perPage,
        select: SUMMARY,
      }),
      this.prisma.user.count({ where }),
    ]);
    return { items, total };
  }

  findSummaries(ids: readonly string[]): Promise<UserSummary[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.prisma.user.findMany({ where: { id: { in: [...ids] } }, select: SUMMARY });
  }

  countAdmins(): Promise<number> {
    return this.prisma.user.count({ where: { role: 'admin' } });
  }
}
