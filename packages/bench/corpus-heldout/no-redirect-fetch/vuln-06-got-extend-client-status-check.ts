// pattern: got.extend instance (aar0u/feed-nodejs utils/got.js shape) used for a status-page checker; flaw: line 27
import got from 'got';
import type { FastifyInstance } from 'fastify';

const client = got.extend({
  timeout: { request: 4000 },
  retry: { limit: 1 },
  headers: { 'user-agent': 'uptimely-checker' },
  throwHttpErrors: false,
});

const STATUS_PAGE_HOSTS = ['status.github.com', 'www.githubstatus.com', 'status.stripe.com', 'status.openai.com'];

interface CheckBody {
  pageUrl: string;
}

export default async function statusRoutes(app: FastifyInstance) {
  app.post<{ Body: CheckBody }>('/checks/run', async (request, reply) => {
    const { pageUrl } = request.body;
    const { hostname } = new URL(pageUrl);
    if (!STATUS_PAGE_HOSTS.includes(hostname)) {
      return reply.code(400).send({ error: 'unknown status page' });
    }

    const started = Date.now();
    const response = await client.get(pageUrl);
    return {
      host: hostname,
      status: response.statusCode,
      latencyMs: Date.now() - started,
    };
  });
}
