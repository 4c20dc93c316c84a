import { Module } from '@nestjs/common';
import {
  CreateReviewUseCase,
  DeleteReviewUseCase,
  ListAdminReviewsUseCase,
  ListProductReviewsUseCase,
  ModerateReviewUseCase,
  VoteReviewHelpfulUseCase,
  type CatalogReadModel,
  type PurchaseHistory,
  type ReviewDeps,
} from '@devgear/application';
import { systemClock, uuidIds } from '../../platform/system/system-services';
import { CatalogModule } from '../catalog/catalog.module';
import { CatalogProductLookup } from '../catalog/catalog.public';
import { CATALOG_READ_MODEL } from '../catalog/catalog.tokens';
import { OrderingModule } from '../ordering/ordering.module';
import { PURCHASE_HISTORY } from '../ordering/ordering.tokens';
import { AdminReviewsController } from './http/admin-reviews.controller';
import { ReviewsController } from './http/reviews.controller';
import { PrismaReviewReadModel } from './persistence/prisma-review.read-model';
import { PrismaReviewRepository } from './persistence/prisma-review.repository';

const REVIEW_DEPS = Symbol('ReviewDeps');
const useCase = <T>(UseCase: new (deps: ReviewDeps) => T) => ({ provide: UseCase, inject: [REVIEW_DEPS], useFactory: (deps: ReviewDeps) => new UseCase(deps) });

/** Product reviews and their moderation; each review change moves the product's rating in the same transaction. */
@Module({
  imports: [CatalogModule, OrderingModule],
  controllers: [ReviewsController, AdminReviewsController],
  providers: [
    PrismaReviewRepository,
    PrismaReviewReadModel,
    {
      provide: REVIEW_DEPS,
      inject: [PrismaReviewRepository, PrismaReviewReadModel, PURCHASE_HISTORY, CATALOG_READ_MODEL],
      useFactory: (reviews: PrismaReviewRepository, read: PrismaReviewReadModel, purchases: PurchaseHistory, catalog: CatalogReadModel): ReviewDeps => ({
        reviews,
        read,
        purchases,
        products: new CatalogProductLookup(catalog),
        ids: uuidIds,
        clock: systemClock,
      }),
    },
    useCase(CreateReviewUseCase),
    useCase(ListProductReviewsUseCase),
    useCase(ModerateReviewUseCase),
    useCase(DeleteReviewUseCase),
    useCase(VoteReviewHelpfulUseCase),
    useCase(ListAdminReviewsUseCase),
  ],
  exports: [PrismaReviewRepository],
})
export class ReviewsModule {}
