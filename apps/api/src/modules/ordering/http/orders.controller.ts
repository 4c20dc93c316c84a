import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CancelOrderUseCase, GetOrderUseCase, ListOrdersUseCase, PlaceOrderUseCase } from '@devgear/application';
import { idempotencyKeySchema, orderListQuerySchema, placeOrderSchema } from '@devgear/contracts';
import { parseInput } from '../../../platform/http/errors';
import { pathId } from '../../../platform/http/path-id';
import { listEnvelope } from '../../../platform/http/list-envelope';
import { AuthUser, CurrentUser } from '../../../platform/auth/auth.decorators';
import { OrderPresenter } from './order.presenter';

const orderId = (id: string) => pathId(id);
const actorOf = (user: AuthUser) => ({ userId: user.id, role: user.role });

@Controller('orders')
export class OrdersController {
  constructor(
    private readonly placeOrder: PlaceOrderUseCase,
    private readonly getOrder: GetOrderUseCase,
    private readonly listOrders: ListOrdersUseCase,
    private readonly cancelOrder: CancelOrderUseCase,
    private readonly present: OrderPresenter,
  ) {}

  /** Checkout. 201 with the order; a replay of the same key and body answers 200 with the same order. */
  @Post()
  async create(
    @CurrentUser() caller: AuthUser,
    @Headers('idempotency-key') key: string | undefined,
    @Body() body: unknown,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const idempotencyKey = parseInput(idempotencyKeySchema, key, 'Missing or invalid Idempotency-Key header');
    const input = parseInput(placeOrderSchema, body, 'Invalid checkout');
    const { order, replayed } = await this.placeOrder.execute({
      customerId: caller.id,
      customerEmail: caller.email ?? null,
      idempotencyKey,
      shippingAddress: {
        name: input.shipping_address.name,
        line1: input.shipping_address.line1,
        line2: input.shipping_address.line2,
        city: input.shipping_address.city,
        state: input.shipping_address.state,
        postalCode: input.shipping_address.postal_code,
        country: input.shipping_address.country,
        phone: input.shipping_address.phone,
      },
      paymentMethod: input.payment_method,
      discountCode: input.discount_code,
    });
    reply.status(replayed ? 200 : 201);
    return { data: await this.present.one(order) };
  }

  @Get()
  async list(@CurrentUser() caller: AuthUser, @Query() query: unknown, @Req() req: FastifyRequest) {
    const q = parseInput(orderListQuerySchema, query, 'Invalid order filters');
    const page = q.page ?? 1;
    const perPage = q.per_page ?? 24;
    // A customer's own orders, newest first (admins use /admin/orders).
    const result = await this.listOrders.execute({ actor: { userId: caller.id, role: 'customer' }, status: q.status, page, perPage });
    return listEnvelope(await this.present.many(result.items), { page, perPage, total: result.total }, req.url);
  }

  @Get(':id')
  async one(@CurrentUser() caller: AuthUser, @Param('id') id: string) {
    return { data: await this.present.one(await this.getOrder.execute({ orderId: orderId(id), actor: { userId: caller.id, role: 'customer' } })) };
  }

  @Post(':id/cancel')
  @HttpCode(200)
  async cancel(@CurrentUser() caller: AuthUser, @Param('id') id: string) {
    return { data: await this.present.one(await this.cancelOrder.execute({ orderId: orderId(id), actor: actorOf({ ...caller, role: 'customer' }) })) };
  }
}
