import { Module } from '@nestjs/common';
import { EnsureAdminUseCase } from '@devgear/application';
import { BcryptPasswordHasher } from '../../adapters/crypto/bcrypt-password.hasher';
import { SystemClock, UuidGenerator } from '../../adapters/system/system-clock';
import { PrismaUserRepository } from './persistence/prisma-user.repository';

@Module({
  providers: [
    PrismaUserRepository,
    {
      provide: EnsureAdminUseCase,
      inject: [PrismaUserRepository],
      useFactory: (users: PrismaUserRepository) => new EnsureAdminUseCase(users, new BcryptPasswordHasher(12), new UuidGenerator(), new SystemClock()),
    },
  ],
  exports: [EnsureAdminUseCase, PrismaUserRepository],
})
export class IdentityModule {}
