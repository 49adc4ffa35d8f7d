// pattern: Fastify route using undici fetch through a local helper (nodejs/undici README "undici.fetch"), target from the query string; flaw at line 5
import { fetch } from 'undici';

async function fetchRemoteManifest(location) {
  const res = await fetch(location, { headers: { accept: 'application/manifest+json' } });
  if (!res.ok) throw new Error(`upstream ${res.status}`);
  return res.json();
}

export default async function manifestRoutes(fastify) {
  fastify.get('/pwa/inspect', {
    schema: {
      querystring: {
        type: 'object',
        required: ['manifest'],
        properties: { manifest: { type: 'string', format: 'uri' } },
      },
    },
  }, async (request, reply) => {
    const { manifest } = request.query;
    const data = await fetchRemoteManifest(manifest);
    return reply.send({
      name: data.name,
      icons: Array.isArray(data.icons) ? data.icons.length : 0,
      display: data.display ?? 'browser',
    });
  });
}
