-- AlterEnum
ALTER TYPE "OrderStatus" ADD VALUE 'payment_failed';

