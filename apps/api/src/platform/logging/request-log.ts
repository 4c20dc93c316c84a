import type { FastifyInstance } from 'fastify';

/** Query values never written to logs (a password-reset link carries its token in the URL). */
const SECRET_QUERY = /([?&](?:token|access_token|refresh_token)=)[^&#]*/gi;

export function loggableUrl(url: string): string {
  return url.replace(SECRET_QUERY, '$1[redacted]');
}

/**
 * One log line per request, written when the response is sent (Fastify's own request logging,
 * a line on arrival and one on completion, is turned off with `disableRequestLogging`).
 */
export function registerRequestLog(fastify: FastifyInstance): void {
  fastify.addHook('onResponse', async (request, reply) => {
    request.log.info(
      { req: { method: request.method, url: loggableUrl(request.url) }, res: { statusCode: reply.statusCode }, responseTime: Math.round(reply.elapsedTime * 10) / 10 },
      'request completed',
    );
  });
}
