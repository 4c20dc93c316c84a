import { DynamicModule, Module, Provider } from '@nestjs/common';
import { JwtModule, JwtService } from '@nestjs/jwt';
import {
  ChangePasswordUseCase,
  ChangeUserRoleUseCase,
  EnsureAdminUseCase,
  GetProfileUseCase,
  ListUsersUseCase,
  LoginUserUseCase,
  LogoutUseCase,
  ManageAddressesUseCase,
  type Mailer,
  RefreshSessionUseCase,
  RegisterUserUseCase,
  RequestPasswordResetUseCase,
  ResetPasswordUseCase,
  SendPasswordResetUseCase,
  SendWelcomeEmailUseCase,
  SessionIssuer,
  UpdateProfileUseCase,
} from '@devgear/application';
import { STORE_NAME, type AppConfig } from '../../platform/config/config';
import { PrismaService } from '../../platform/database/prisma.service';
import { PrismaUnitOfWork } from '../../platform/database/prisma-unit-of-work';
import { OutboxEventSink } from '../../platform/outbox/outbox-event-sink';
import { PrismaProcessedEventStore } from '../../platform/outbox/prisma-processed-event.store';
import { IdentityEmails } from './identity-emails';
import { USER_DIRECTORY } from '../../platform/auth/auth.guard';
import { jwtKeyOf } from '../../platform/auth/jwt.strategy';
import { BcryptPasswordHasher } from '../../adapters/crypto/bcrypt-password.hasher';
import { NodeSecureRandom, Sha256TokenHasher } from '../../adapters/crypto/node-token-crypto';
import { JwtTokenIssuer } from '../../adapters/jwt/jwt-token-issuer';
import { LocalMailboxMailer } from '../../adapters/local/local-mailbox.mailer';
import { SendGridMailer } from '../../adapters/sendgrid/sendgrid.mailer';
import { systemClock, uuidIds } from '../../platform/system/system-services';
import { AdminUsersController } from './http/admin-users.controller';
import { AuthController } from './http/auth.controller';
import { DevMailboxController } from './http/dev-mailbox.controller';
import { MeController } from './http/me.controller';
import { MAILER, USER_REPOSITORY } from './identity.tokens';
import { PrismaPasswordResetStore } from './persistence/prisma-password-reset.store';
import { PrismaRefreshTokenStore } from './persistence/prisma-refresh-token.store';
import { PrismaUserRepository } from './persistence/prisma-user.repository';


/** Accounts and access: composition of the identity use cases with their adapters. */
@Module({})
export class IdentityModule {
  static forRoot(config: AppConfig): DynamicModule {
    const clock = systemClock;
    const ids = uuidIds;
    const hasher = new BcryptPasswordHasher(config.bcryptCost);
    const random = new NodeSecureRandom();
    const tokenHasher = new Sha256TokenHasher();
    const localMail = !config.mail.sendgridApiKey;

    const useCase = <T>(provide: new (...args: never[]) => T, factory: (deps: Deps) => T): Provider => ({
      provide,
      inject: [PrismaUserRepository, PrismaRefreshTokenStore, PrismaPasswordResetStore, SessionIssuer, MAILER],
      useFactory: (users: PrismaUserRepository, refreshTokens: PrismaRefreshTokenStore, resets: PrismaPasswordResetStore, sessions: SessionIssuer, mailer: Mailer) =>
        factory({ users, refreshTokens, resets, sessions, mailer }),
    });
    type Deps = { users: PrismaUserRepository; refreshTokens: PrismaRefreshTokenStore; resets: PrismaPasswordResetStore; sessions: SessionIssuer; mailer: Mailer };

    return {
      module: IdentityModule,
      global: true,
      imports: [
        JwtModule.register({
          // The key made once (see jwtKeyOf), not the string re-parsed for every token signed.
          secret: jwtKeyOf(config.jwtSecret) as unknown as string,
          signOptions: { algorithm: 'HS256' },
          verifyOptions: { algorithms: ['HS256'] },
        }),
      ],
      controllers: [AuthController, MeController, AdminUsersController, ...(localMail && !config.production ? [DevMailboxController] : [])],
      providers: [
        PrismaUserRepository,
        PrismaRefreshTokenStore,
        PrismaPasswordResetStore,
        { provide: USER_DIRECTORY, useExisting: PrismaUserRepository },
        { provide: USER_REPOSITORY, useExisting: PrismaUserRepository },
        {
          provide: MAILER,
          inject: [PrismaService],
          useFactory: (prisma: PrismaService): Mailer =>
            localMail ? new LocalMailboxMailer(prisma) : new SendGridMailer({ apiKey: config.mail.sendgridApiKey!, from: config.mail.from }),
        },
        {
          provide: SessionIssuer,
          inject: [JwtService, PrismaRefreshTokenStore],
          useFactory: (jwt: JwtService, refreshTokens: PrismaRefreshTokenStore) =>
            new SessionIssuer({ tokens: new JwtTokenIssuer(jwt), refreshTokens, random, tokenHasher, ids, clock }),
        },
        useCase(RegisterUserUseCase, (d) => new RegisterUserUseCase({ ...d, hasher, ids, clock })),
        useCase(LoginUserUseCase, (d) => new LoginUserUseCase({ users: d.users, hasher, sessions: d.sessions })),
        useCase(RefreshSessionUseCase, (d) => new RefreshSessionUseCase({ ...d, tokenHasher, ids, clock })),
        useCase(LogoutUseCase, (d) => new LogoutUseCase({ refreshTokens: d.refreshTokens, tokenHasher, clock })),
        {
          provide: RequestPasswordResetUseCase,
          inject: [OutboxEventSink],
          useFactory: (events: OutboxEventSink) => new RequestPasswordResetUseCase({ events, clock }),
        },
        {
          provide: SendPasswordResetUseCase,
          inject: [PrismaUserRepository, PrismaPasswordResetStore, MAILER, PrismaProcessedEventStore, PrismaUnitOfWork],
          useFactory: (users: PrismaUserRepository, resets: PrismaPasswordResetStore, mailer: Mailer, sent: PrismaProcessedEventStore, uow: PrismaUnitOfWork) =>
            new SendPasswordResetUseCase(
              { users, resets, random, tokenHasher, mailer, sent, uow, ids, clock },
              { storeName: STORE_NAME, resetPasswordUrl: `${config.appUrl}/reset-password` },
            ),
        },
        {
          provide: SendWelcomeEmailUseCase,
          inject: [PrismaUserRepository, MAILER, PrismaProcessedEventStore, PrismaUnitOfWork],
          useFactory: (users: PrismaUserRepository, mailer: Mailer, sent: PrismaProcessedEventStore, uow: PrismaUnitOfWork) =>
            new SendWelcomeEmailUseCase({ users, mailer, sent, uow, clock }, { storeName: STORE_NAME, storeUrl: config.appUrl }),
        },
        IdentityEmails,
        useCase(ResetPasswordUseCase, (d) => new ResetPasswordUseCase({ users: d.users, resets: d.resets, refreshTokens: d.refreshTokens, hasher, tokenHasher, clock })),
        useCase(GetProfileUseCase, (d) => new GetProfileUseCase(d.users)),
        useCase(UpdateProfileUseCase, (d) => new UpdateProfileUseCase({ users: d.users, clock })),
        useCase(ChangePasswordUseCase, (d) => new ChangePasswordUseCase({ users: d.users, hasher, refreshTokens: d.refreshTokens, sessions: d.sessions, clock })),
        useCase(ManageAddressesUseCase, (d) => new ManageAddressesUseCase({ users: d.users, ids, clock })),
        useCase(ChangeUserRoleUseCase, (d) => new ChangeUserRoleUseCase({ users: d.users, clock })),
        useCase(ListUsersUseCase, (d) => new ListUsersUseCase(d.users)),
        useCase(EnsureAdminUseCase, (d) => new EnsureAdminUseCase(d.users, hasher, ids, clock)),
      ],
      exports: [EnsureAdminUseCase, PrismaUserRepository, USER_DIRECTORY, USER_REPOSITORY, MAILER, JwtModule],
    };
  }
}
