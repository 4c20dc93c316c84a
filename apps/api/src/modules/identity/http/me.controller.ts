import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';
import {
  type AddAddressInput,
  ChangePasswordUseCase,
  GetProfileUseCase,
  ManageAddressesUseCase,
  type UpdateAddressInput,
  UpdateProfileUseCase,
} from '@devgear/application';
import { addressSchema, addressUpdateSchema, changePasswordSchema, updateProfileSchema } from '@devgear/contracts';
import type { z } from 'zod';
import { ApiError, parseInput } from '../../../platform/http/errors';
import { AuthUser, CurrentUser } from '../../../platform/auth/auth.decorators';
import { presentAddress, presentSession, presentUser } from './identity.presenter';
import { isUuid } from '../../../platform/system/system-services';

/** Any id that is not a UUID cannot be one of the caller's addresses: 404, like another user's. */
function addressId(id: string): string {
  if (!isUuid(id)) throw ApiError.notFound('Address not found');
  return id.toLowerCase();
}

/** Wire (snake_case) address fields to the use case's; absent fields stay absent (PATCH). */
function toAddressInput(a: z.output<typeof addressSchema>): AddAddressInput;
function toAddressInput(a: z.output<typeof addressUpdateSchema>): UpdateAddressInput;
function toAddressInput(a: z.output<typeof addressUpdateSchema>): UpdateAddressInput {
  return {
    label: a.label,
    name: a.name,
    line1: a.line1,
    line2: a.line2,
    city: a.city,
    state: a.state,
    postalCode: a.postal_code,
    country: a.country,
    phone: a.phone,
    isDefaultShipping: a.is_default_shipping,
  };
}

@Controller('me')
export class MeController {
  constructor(
    private readonly profiles: GetProfileUseCase,
    private readonly updateProfile: UpdateProfileUseCase,
    private readonly changePassword: ChangePasswordUseCase,
    private readonly addresses: ManageAddressesUseCase,
  ) {}

  @Get()
  async me(@CurrentUser() caller: AuthUser) {
    return { data: presentUser(await this.profiles.execute(caller.id)) };
  }

  @Patch()
  async update(@CurrentUser() caller: AuthUser, @Body() body: unknown) {
    const input = parseInput(updateProfileSchema, body, 'Invalid profile');
    const user = await this.updateProfile.execute({ userId: caller.id, firstName: input.first_name, lastName: input.last_name });
    return { data: presentUser(user) };
  }

  /** Changes the password and signs out every other session; returns a fresh session. */
  @Put('password')
  async password(@CurrentUser() caller: AuthUser, @Body() body: unknown) {
    const input = parseInput(changePasswordSchema, body, 'Invalid password change');
    const session = await this.changePassword.execute({ userId: caller.id, currentPassword: input.current_password, newPassword: input.new_password });
    return { data: presentSession(await this.profiles.execute(caller.id), session) };
  }

  @Get('addresses')
  async listAddresses(@CurrentUser() caller: AuthUser) {
    return { data: (await this.addresses.list(caller.id)).map(presentAddress) };
  }

  @Post('addresses')
  @HttpCode(201)
  async addAddress(@CurrentUser() caller: AuthUser, @Body() body: unknown) {
    const a = parseInput(addressSchema, body, 'Invalid address');
    const address = await this.addresses.add(caller.id, toAddressInput(a));
    return { data: presentAddress(address) };
  }

  @Get('addresses/:id')
  async getAddress(@CurrentUser() caller: AuthUser, @Param('id') id: string) {
    return { data: presentAddress(await this.addresses.get(caller.id, addressId(id))) };
  }

  @Patch('addresses/:id')
  async updateAddress(@CurrentUser() caller: AuthUser, @Param('id') id: string, @Body() body: unknown) {
    const a = parseInput(addressUpdateSchema, body, 'Invalid address');
    const address = await this.addresses.update(caller.id, addressId(id), toAddressInput(a));
    return { data: presentAddress(address) };
  }

  @Delete('addresses/:id')
  @HttpCode(204)
  async removeAddress(@CurrentUser() caller: AuthUser, @Param('id') id: string) {
    await this.addresses.remove(caller.id, addressId(id));
  }
}
