import { AsyncLocalStorage } from 'node:async_hooks';
import type { FastifyInstance } from 'fastify';

const context = new AsyncLocalStorage<{ requestId: string }>();

/** Runs the rest of each request's lifecycle with its id in reach of code that has no request (error reports). */
export function registerRequestContext(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, _reply, done) => context.run({ requestId: String(request.id) }, done));
}

/** The id of the request being served, or undefined outside one (background jobs). */
export function currentRequestId(): string | undefined {
  return context.getStore()?.requestId;
}
