-- AlterTable
ALTER TABLE "orders" ADD COLUMN     "ship_phone" TEXT;

