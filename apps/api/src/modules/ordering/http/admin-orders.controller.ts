import { Body, Controller, Get, Param, Patch, Query, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { AdvanceOrderStatusUseCase, CancelOrderUseCase, GetOrderUseCase, ListOrdersUseCase, type FulfilmentStatus } from '@devgear/application';
import { changeOrderStatusSchema, orderListQuerySchema } from '@devgear/contracts';
import { parseInput } from '../../../platform/http/errors';
import { listEnvelope } from '../../../platform/http/list-envelope';
import { AuthUser, CurrentUser, Roles } from '../../../platform/auth/auth.decorators';
import { pathId } from '../../../platform/http/path-id';
import { OrderPresenter } from './order.presenter';

/**
 * The back office's orders: every customer's, filtered by status and searched by order number
 * or email; status changes follow the order's machine (409 INVALID_STATE otherwise). Setting
 * `cancelled` cancels (refunding a paid order, which then ends `refunded`).
 */
@Roles('admin')
@Controller('admin/orders')
export class AdminOrdersController {
  constructor(
    private readonly listOrders: ListOrdersUseCase,
    private readonly getOrder: GetOrderUseCase,
    private readonly advance: AdvanceOrderStatusUseCase,
    private readonly cancelOrder: CancelOrderUseCase,
    private readonly present: OrderPresenter,
  ) {}

  @Get()
  async list(@CurrentUser() admin: AuthUser, @Query() query: unknown, @Req() req: FastifyRequest) {
    const q = parseInput(orderListQuerySchema, query, 'Invalid order filters');
    const page = q.page ?? 1;
    const perPage = q.per_page ?? 24;
    const result = await this.listOrders.execute({ actor: { userId: admin.id, role: 'admin' }, status: q.status, q: q.q, page, perPage });
    return listEnvelope(await this.present.admin(result.items), { page, perPage, total: result.total }, req.url);
  }

  @Get(':id')
  async one(@CurrentUser() admin: AuthUser, @Param('id') id: string) {
    const [order] = await this.present.admin([await this.getOrder.execute({ orderId: pathId(id), actor: { userId: admin.id, role: 'admin' } })]);
    return { data: order };
  }

  @Patch(':id/status')
  async changeStatus(@CurrentUser() admin: AuthUser, @Param('id') id: string, @Body() body: unknown) {
    const orderId = pathId(id);
    const input = parseInput(changeOrderStatusSchema, body, 'Invalid status change');
    const order =
      input.status === 'cancelled'
        ? await this.cancelOrder.execute({ orderId, actor: { userId: admin.id, role: 'admin' } })
        : await this.advance.execute({ orderId, status: input.status as FulfilmentStatus, carrier: input.carrier, trackingNumber: input.tracking_number });
    const [dto] = await this.present.admin([order]);
    return { data: dto };
  }
}
