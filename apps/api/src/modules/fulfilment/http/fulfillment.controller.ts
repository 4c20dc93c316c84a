import { Body, CanActivate, Controller, ExecutionContext, HttpCode, Inject, Injectable, Param, Post, UseGuards } from '@nestjs/common';
import { timingSafeEqual, createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { AdvanceOrderStatusUseCase, type UserRepository } from '@devgear/application';
import { shipmentSchema } from '@devgear/contracts';
import type { AppConfig } from '../../../platform/config/config';
import { APP_CONFIG } from '../../../platform/config/config.module';
import { ApiError, parseInput } from '../../../platform/http/errors';
import { Public } from '../../../platform/http/public.decorator';
import type { AuthUser } from '../../../platform/auth/auth.decorators';
import { USER_DIRECTORY } from '../../../platform/auth/auth.guard';
import { pathId } from '../../../platform/http/path-id';
import { OrderPresenter } from '../../ordering/ordering.public';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Fulfilment partners (warehouse, delivery) authenticate with `X-Api-Key` (one of
 * PARTNER_API_KEYS, compared in constant time); an admin's bearer token works as well,
 * re-checked against the database like every admin route.
 */
@Injectable()
export class PartnerGuard implements CanActivate {
  private readonly keys: Buffer[];

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(USER_DIRECTORY) private readonly users: Pick<UserRepository, 'findById'>,
  ) {
    this.keys = config.partnerApiKeys.map(digest);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest & { user?: AuthUser }>();
    const key = request.headers['x-api-key'];
    if (typeof key === 'string' && key !== '') {
      const given = digest(key);
      if (this.keys.some((k) => timingSafeEqual(k, given))) return true;
      throw new ApiError(401, 'UNAUTHENTICATED', 'This X-Api-Key is not a partner key of this shop');
    }
    if (!request.user) throw new ApiError(401, 'UNAUTHENTICATED', 'Send a partner X-Api-Key (or sign in as an admin)');
    const current = await this.users.findById(request.user.id);
    if (!current) throw new ApiError(401, 'UNAUTHENTICATED', 'Sign in to continue');
    if (current.role !== 'admin') throw new ApiError(403, 'FORBIDDEN', 'Only fulfilment partners and admins may report fulfilment');
    return true;
  }
}

/** POST /fulfillment/orders/{id}/packed | shipped | delivered: paid -> packed -> shipped -> delivered. */
@Public()
@UseGuards(PartnerGuard)
@Controller('fulfillment/orders')
export class FulfillmentController {
  constructor(
    private readonly advance: AdvanceOrderStatusUseCase,
    private readonly present: OrderPresenter,
  ) {}

  @Post(':id/packed')
  @HttpCode(200)
  async packed(@Param('id') id: string) {
    return { data: await this.present.one(await this.advance.execute({ orderId: pathId(id), status: 'packed' })) };
  }

  @Post(':id/shipped')
  @HttpCode(200)
  async shipped(@Param('id') id: string, @Body() body: unknown) {
    const input = parseInput(shipmentSchema, body ?? {}, 'Invalid shipment');
    return { data: await this.present.one(await this.advance.execute({ orderId: pathId(id), status: 'shipped', carrier: input.carrier, trackingNumber: input.tracking_number })) };
  }

  @Post(':id/delivered')
  @HttpCode(200)
  async delivered(@Param('id') id: string) {
    return { data: await this.present.one(await this.advance.execute({ orderId: pathId(id), status: 'delivered' })) };
  }
}
