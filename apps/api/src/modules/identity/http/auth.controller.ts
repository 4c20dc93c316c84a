import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import {
  LoginUserUseCase,
  LogoutUseCase,
  RefreshSessionUseCase,
  RegisterUserUseCase,
  RequestPasswordResetUseCase,
  ResetPasswordUseCase,
  GetProfileUseCase,
} from '@devgear/application';
import { loginSchema, logoutSchema, passwordResetRequestSchema, passwordResetSchema, refreshSchema, registerSchema } from '@devgear/contracts';
import { parseInput } from '../../../platform/http/errors';
import { Public } from '../../../platform/http/public.decorator';
import { RateLimitScope } from '../../../platform/auth/auth.decorators';
import { presentSession } from './identity.presenter';

@Controller('auth')
export class AuthController {
  constructor(
    private readonly registerUser: RegisterUserUseCase,
    private readonly loginUser: LoginUserUseCase,
    private readonly refreshSession: RefreshSessionUseCase,
    private readonly logoutUser: LogoutUseCase,
    private readonly requestReset: RequestPasswordResetUseCase,
    private readonly resetPassword: ResetPasswordUseCase,
    private readonly profiles: GetProfileUseCase,
    private readonly jwt: JwtService,
  ) {}

  @Public()
  @RateLimitScope('auth')
  @Post('register')
  @HttpCode(201)
  async register(@Body() body: unknown) {
    const input = parseInput(registerSchema, body, 'Invalid registration');
    const { user, session } = await this.registerUser.execute({
      email: input.email,
      password: input.password,
      firstName: input.first_name,
      lastName: input.last_name,
    });
    return { data: presentSession(user, session) };
  }

  @Public()
  @RateLimitScope('auth')
  @Post('login')
  @HttpCode(200)
  async login(@Body() body: unknown) {
    const input = parseInput(loginSchema, body, 'Invalid sign-in');
    const { user, session } = await this.loginUser.execute({ email: input.email, password: input.password });
    return { data: presentSession(user, session) };
  }

  @Public()
  @RateLimitScope('auth')
  @Post('refresh')
  @HttpCode(200)
  async refresh(@Body() body: unknown) {
    const input = parseInput(refreshSchema, body);
    const session = await this.refreshSession.execute({ refreshToken: input.refresh_token });
    // The new access token names its user; load the profile for the response body.
    const { sub } = this.jwt.decode<{ sub: string }>(session.accessToken);
    const user = await this.profiles.execute(sub);
    return { data: presentSession(user, session) };
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  async logout(@Body() body: unknown) {
    const input = parseInput(logoutSchema, body);
    await this.logoutUser.execute({ refreshToken: input.refresh_token });
  }

  @Public()
  @RateLimitScope('auth')
  @Post('password-reset-request')
  @HttpCode(202)
  async passwordResetRequest(@Body() body: unknown) {
    const input = parseInput(passwordResetRequestSchema, body);
    await this.requestReset.execute({ email: input.email });
    return { data: { status: 'accepted', message: 'If an account exists for this email, a reset link is on its way.' } };
  }

  @Public()
  @RateLimitScope('auth')
  @Post('password-reset')
  @HttpCode(204)
  async passwordReset(@Body() body: unknown) {
    const input = parseInput(passwordResetSchema, body);
    await this.resetPassword.execute({ token: input.token, newPassword: input.new_password });
  }
}
