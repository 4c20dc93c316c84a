import Fastify from 'fastify';
import { currentRequestId, registerRequestContext, runInRequestContext } from './request-context';

describe('request context', () => {
  it("gives code without a request the id of the request it serves; a route with requestContext 'own' enters it around its own work", async () => {
    const app = Fastify({ genReqId: (req) => String(req.headers['x-request-id']) });
    registerRequestContext(app);
    app.get('/plain', async () => {
      await new Promise((r) => setTimeout(r, 1));
      return { seen: currentRequestId() ?? null };
    });
    app.get('/own', { config: { requestContext: 'own' } }, (request, reply) => {
      const before = currentRequestId() ?? null;
      return runInRequestContext(String(request.id), async () => {
        await new Promise((r) => setTimeout(r, 1));
        return reply.send({ before, seen: currentRequestId() ?? null });
      });
    });
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const get = async (path: string, id: string) => (await fetch(base + path, { headers: { 'x-request-id': id } })).json();
    try {
      expect(await get('/plain', 'plain-1')).toEqual({ seen: 'plain-1' });
      expect(await get('/own', 'own-2')).toEqual({ before: null, seen: 'own-2' });
      expect(currentRequestId()).toBeUndefined();
    } finally {
      await app.close();
    }
  });
});
