-- DropIndex
DROP INDEX "outbox_aggregate_id_idx";

-- AlterTable
ALTER TABLE "idempotency_keys" ADD COLUMN     "order_id" UUID;

-- CreateTable
CREATE TABLE "stock_reservations" (
    "order_id" UUID NOT NULL,
    "variant_id" UUID NOT NULL,
    "quantity" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "released_at" TIMESTAMPTZ(3),

    CONSTRAINT "stock_reservations_pkey" PRIMARY KEY ("order_id","variant_id")
);

-- CreateTable
CREATE TABLE "local_charges" (
    "idempotency_key" TEXT NOT NULL,
    "order_id" UUID NOT NULL,
    "status" TEXT NOT NULL,
    "payment_ref" TEXT,
    "reason" TEXT,
    "amount" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "local_charges_pkey" PRIMARY KEY ("idempotency_key")
);

-- CreateTable
CREATE TABLE "local_refunds" (
    "idempotency_key" TEXT NOT NULL,
    "order_id" UUID NOT NULL,
    "payment_ref" TEXT NOT NULL,
    "refund_ref" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "local_refunds_pkey" PRIMARY KEY ("idempotency_key")
);

-- CreateIndex
CREATE INDEX "stock_reservations_variant_id_idx" ON "stock_reservations"("variant_id");

-- CreateIndex
CREATE INDEX "local_charges_order_id_idx" ON "local_charges"("order_id");

-- CreateIndex
CREATE INDEX "idempotency_keys_order_id_idx" ON "idempotency_keys"("order_id");

-- CreateIndex
CREATE INDEX "idempotency_keys_state_started_at_idx" ON "idempotency_keys"("state", "started_at");

-- CreateIndex
CREATE INDEX "outbox_aggregate_id_occurred_at_idx" ON "outbox"("aggregate_id", "occurred_at");

-- AddForeignKey
ALTER TABLE "stock_reservations" ADD CONSTRAINT "stock_reservations_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Data: checkout attempts whose payment failed were stored as cancelled orders: they are
-- payment_failed attempts now (CONTRACT.md), never counted as orders.
UPDATE "orders" SET "status" = 'payment_failed'
WHERE "status" = 'cancelled' AND "paid_at" IS NULL AND "cancellation_reason" IN ('payment_declined', 'payment_failed');
UPDATE "order_status_history" h SET "status" = 'payment_failed'
FROM "orders" o
WHERE h."order_id" = o."id" AND o."status" = 'payment_failed' AND h."status" = 'cancelled';

-- Data: the units every existing order took become its reservations: held by the orders whose
-- units are sold or held, already released for the ones that gave them back.
INSERT INTO "stock_reservations" ("order_id", "variant_id", "quantity", "created_at", "released_at")
SELECT l."order_id", l."variant_id", sum(l."quantity"), o."placed_at",
       CASE WHEN o."status" IN ('pending', 'paid', 'packed', 'shipped', 'delivered') THEN NULL ELSE o."updated_at" END
FROM "order_lines" l JOIN "orders" o ON o."id" = l."order_id"
GROUP BY l."order_id", l."variant_id", o."placed_at", o."status", o."updated_at";

-- Data: keys that produced an order name it.
UPDATE "idempotency_keys" SET "order_id" = ("response"->>'orderId')::uuid
WHERE "response"->>'orderId' ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';
