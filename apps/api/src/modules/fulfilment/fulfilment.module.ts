import { Module } from '@nestjs/common';
import { OrderingModule } from '../ordering/ordering.module';
import { FulfillmentController, PartnerGuard } from './http/fulfillment.controller';

/**
 * Fulfilment partners (warehouse, delivery) report packed, shipped and delivered
 * (/fulfillment/orders/{id}/...). Owns no table: the order moves through ordering's
 * AdvanceOrderStatusUseCase and is shown with ordering's OrderPresenter.
 */
@Module({
  controllers: [FulfillmentController],
  imports: [OrderingModule],
  providers: [PartnerGuard],
})
export class FulfilmentModule {}
