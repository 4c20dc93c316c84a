import { Body, Controller, Get, Param, Patch, Query, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ChangeUserRoleUseCase, ListUsersUseCase } from '@devgear/application';
import { changeRoleSchema, userListQuerySchema } from '@devgear/contracts';
import { ApiError, parseInput } from '../../../platform/http/errors';
import { listEnvelope } from '../../../platform/http/list-envelope';
import { AuthUser, CurrentUser, Roles } from '../../../platform/auth/auth.decorators';
import { presentUser } from './identity.presenter';
import { isUuid } from '../../../platform/system/system-services';


@Roles('admin')
@Controller('admin/users')
export class AdminUsersController {
  constructor(
    private readonly listUsers: ListUsersUseCase,
    private readonly changeRole: ChangeUserRoleUseCase,
  ) {}

  @Get()
  async list(@Query() query: unknown, @Req() req: FastifyRequest) {
    const q = parseInput(userListQuerySchema, query, 'Invalid user filters');
    const result = await this.listUsers.execute({ q: q.q || undefined, page: q.page, perPage: q.per_page });
    return listEnvelope(result.items.map(presentUser), result, req.url);
  }

  @Patch(':id')
  async update(@CurrentUser() caller: AuthUser, @Param('id') id: string, @Body() body: unknown) {
    if (!isUuid(id)) throw ApiError.notFound('User not found');
    const input = parseInput(changeRoleSchema, body, 'Invalid role change');
    const user = await this.changeRole.execute({ actorId: caller.id, userId: id.toLowerCase(), role: input.role });
    return { data: presentUser(user) };
  }
}
