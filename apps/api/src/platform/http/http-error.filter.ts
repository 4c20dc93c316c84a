import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isMalformedText } from '@devgear/contracts';
import { ApiError, errorBody, toApiError } from './errors';

/**
 * The single place where failures become the error envelope of CONTRACT.md, for
 * errors thrown in Nest handlers. Fastify-level failures (bad JSON, body too large,
 * unsupported media type) go through the same mapping in `sendError`.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    sendError(exception, ctx.getRequest<FastifyRequest>(), ctx.getResponse<FastifyReply>());
  }
}

export function sendError(exception: unknown, request: FastifyRequest, reply: FastifyReply): void {
  const { error, unexpected } = toApiError(exception);
  if (unexpected) {
    request.log.error({ err: exception }, 'unhandled error');
  } else if (error.status >= 500) {
    request.log.warn({ code: error.code }, error.message);
  }
  if (error.headers) for (const [k, v] of Object.entries(error.headers)) reply.header(k, v);
  void reply.status(error.status).type('application/json; charset=utf-8').send(errorBody(error, String(request.id)));
}

/**
 * A path parameter holding malformed text (NUL, an unpaired surrogate: see the contracts) names
 * nothing that can exist: 404, for every route at once, before the database is asked.
 */
export function registerMalformedPathGuard(fastify: FastifyInstance): void {
  // A callback hook (no promise per request); after an answer, `done` is not called.
  fastify.addHook('preValidation', (request, reply, done) => {
    const params = request.params as Record<string, unknown> | undefined;
    if (params) {
      for (const key in params) {
        const v = params[key];
        if (typeof v === 'string' && isMalformedText(v)) return sendError(ApiError.notFound('Not found'), request, reply);
      }
    }
    done();
  });
}
