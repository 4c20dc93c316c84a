import type { FastifyInstance } from 'fastify';
import type { AppConfig } from '../config/config';

/** Routes a worker (ROLE=worker) still serves: liveness, readiness and metrics. */
const WORKER_ROUTES = (apiPrefix: string) => [`${apiPrefix}/health`, `${apiPrefix}/health/ready`, '/metrics'];

/** Whether this instance runs the background jobs and the outbox (ROLE=worker or all). */
export const runsJobs = (role: AppConfig['role']) => role !== 'api';

/**
 * ROLE=worker: the process runs the background jobs and the outbox, and answers HTTP only for
 * health and metrics (404 for everything else, so a worker put behind the proxy by mistake serves
 * nobody a page). ROLE=api and all serve everything.
 */
export function registerRoleGate(fastify: FastifyInstance, role: AppConfig['role'], apiPrefix: string): void {
  if (role !== 'worker') return;
  const allowed = new Set(WORKER_ROUTES(apiPrefix));
  fastify.addHook('onRequest', async (request, reply) => {
    const path = request.url.split('?')[0].replace(/\/+$/, '') || '/';
    if (allowed.has(path)) return;
    return reply
      .code(404)
      .type('application/json')
      .send({ error: { code: 'NOT_FOUND', message: 'This is a worker instance (ROLE=worker): it serves only health and metrics', timestamp: new Date().toISOString(), request_id: request.id } });
  });
}
