import { AsyncLocalStorage } from 'node:async_hooks';
import type { FastifyInstance } from 'fastify';

const context = new AsyncLocalStorage<{ requestId: string }>();

/**
 * Runs the rest of each request's lifecycle with its id in reach of code that has no request (error reports).
 * A route whose config says `requestContext: 'own'` enters the context itself, only around the
 * work that can report errors (runInRequestContext): the catalog fast path, whose cached answers
 * run no such code and should not pay for the context on every request.
 */
export function registerRequestContext(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, _reply, done) => {
    if ((request.routeOptions.config as { requestContext?: string } | undefined)?.requestContext === 'own') return done();
    context.run({ requestId: String(request.id) }, done);
  });
}

/** Runs `work` with `requestId` as the current request's id (for routes with `requestContext: 'own'`). */
export function runInRequestContext<T>(requestId: string, work: () => T): T {
  return context.run({ requestId }, work);
}

/** The id of the request being served, or undefined outside one (background jobs). */
export function currentRequestId(): string | undefined {
  return context.getStore()?.requestId;
}
