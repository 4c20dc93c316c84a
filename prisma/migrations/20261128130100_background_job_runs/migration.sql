-- CreateTable
CREATE TABLE "background_job_runs" (
    "name" TEXT NOT NULL,
    "instance" TEXT NOT NULL,
    "last_run_at" TIMESTAMPTZ(3) NOT NULL,
    "ok" BOOLEAN NOT NULL,
    "error" TEXT,
    "duration_ms" INTEGER NOT NULL,

    CONSTRAINT "background_job_runs_pkey" PRIMARY KEY ("name")
);

