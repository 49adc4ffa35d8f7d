// pattern: Fastify route with a typed Body calling global fetch for an RSS feed from a publisher allowlist; flaw: line 17
import type { FastifyPluginAsync } from 'fastify';
import { XMLParser } from 'fast-xml-parser';

const PUBLISHERS = new Set(['feeds.bbci.co.uk', 'rss.nytimes.com', 'www.theguardian.com']);
const parser = new XMLParser({ ignoreAttributes: false });

type SubscribeBody = { feedUrl: string };

const feedRoutes: FastifyPluginAsync = async (fastify) => {
  fastify.post<{ Body: SubscribeBody }>('/feeds/subscribe', async (request, reply) => {
    const feed = new URL(request.body.feedUrl);
    if (!PUBLISHERS.has(feed.host)) {
      return reply.code(422).send({ error: 'publisher not supported' });
    }

    const res = await fetch(feed.href, { signal: AbortSignal.timeout(8000) });
    const xml = parser.parse(await res.text());
    const channel = xml?.rss?.channel ?? {};
    await fastify.db.subscriptions.insert({ userId: request.user.id, feedUrl: feed.href, title: channel.title });
    return reply.code(201).send({ title: channel.title, items: (channel.item ?? []).length });
  });
};

export default feedRoutes;
