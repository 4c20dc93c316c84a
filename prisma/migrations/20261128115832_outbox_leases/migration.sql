-- AlterTable
ALTER TABLE "outbox" ADD COLUMN     "leased_until" TIMESTAMPTZ(3);

