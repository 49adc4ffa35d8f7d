import jwt from '@tsndr/cloudflare-worker-jwt';

export default {
  async fetch(request: Request, env: { DB: D1Database }): Promise<Response> {
    const token = request.headers.get('authorization')?.replace('Bearer ', '') ?? '';
    const { payload } = jwt.decode<{ sub: string }>(token);
    if (!payload?.sub) return new Response('unauthorized', { status: 401 });
    const rows = await env.DB.prepare('select * from notes where owner = ?').bind(payload.sub).all();
    return Response.json(rows.results);
  },
};
