import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Metrics } from './metrics';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * GET /metrics at the root (beside /api/v1, CONTRACT.md "Operations") in Prometheus text format,
 * behind `Authorization: Bearer <METRICS_TOKEN>` when that is set; and the hook that times every
 * request by its route template (`/api/v1/orders/:id`, never the raw URL, so ids do not explode the
 * series) and status code. Requests no route matched count under route "unmatched".
 */
export function registerMetrics(fastify: FastifyInstance, metrics: Metrics, token: string | null): void {
  fastify.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions?.url ?? 'unmatched';
    metrics.httpDuration.observe({ method: request.method, route, status_code: String(reply.statusCode) }, reply.elapsedTime / 1000);
    done();
  });
  const expected = token ? digest(`Bearer ${token}`) : null;
  fastify.get('/metrics', async (request, reply) => {
    if (expected && !timingSafeEqual(digest(request.headers.authorization ?? ''), expected)) {
      return reply
        .code(401)
        .header('www-authenticate', 'Bearer')
        .type('application/json')
        .send({ error: { code: 'UNAUTHENTICATED', message: 'Send Authorization: Bearer <METRICS_TOKEN> to read the metrics', timestamp: new Date().toISOString(), request_id: request.id } });
    }
    const body = await metrics.registry.metrics();
    return reply.header('cache-control', 'no-store').type(metrics.registry.contentType).send(body);
  });
}
