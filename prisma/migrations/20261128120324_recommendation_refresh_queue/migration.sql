-- CreateTable
CREATE TABLE "recommendation_refreshes" (
    "target" TEXT NOT NULL,
    "queued_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,
    "taken_until" TIMESTAMPTZ(3),

    CONSTRAINT "recommendation_refreshes_pkey" PRIMARY KEY ("target")
);

-- CreateIndex
CREATE INDEX "recommendation_refreshes_queued_at_idx" ON "recommendation_refreshes"("queued_at");

