import { Module } from '@nestjs/common';
import { AdminReviewsController } from './admin-reviews.controller';

@Module({ controllers: [AdminReviewsController] })
export class ReviewsModule {}
