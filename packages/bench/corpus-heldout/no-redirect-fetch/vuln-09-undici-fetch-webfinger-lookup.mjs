// pattern: undici fetch in a Fastify route (fediverse profile lookup via webfinger) with an instance allowlist; flaw: line 17
import { fetch } from 'undici';

const FEDERATED_INSTANCES = new Set(['mastodon.social', 'fosstodon.org', 'hachyderm.io']);

export default async function profileRoutes(fastify) {
  fastify.get('/profiles/lookup', async (request, reply) => {
    const { acct } = request.query;
    const [, user, instance] = /^@?([^@]+)@([^@]+)$/.exec(String(acct)) ?? [];
    if (!user || !FEDERATED_INSTANCES.has(instance)) {
      return reply.code(400).send({ error: 'unsupported account' });
    }

    const lookup = new URL('/.well-known/webfinger', `https://${instance}`);
    lookup.searchParams.set('resource', `acct:${user}@${instance}`);

    const res = await fetch(lookup, { headers: { accept: 'application/jrd+json' } });
    if (!res.ok) {
      return reply.code(404).send({ error: 'not found' });
    }
    const jrd = await res.json();
    const profile = jrd.links?.find((l) => l.rel === 'http://webfinger.net/rel/profile-page');
    return { subject: jrd.subject, profileUrl: profile?.href ?? null };
  });
}
