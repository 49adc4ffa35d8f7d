import jwt from '@tsndr/cloudflare-worker-jwt';

export default {
  async fetch(request: Request, env: { DB: D1Database; JWT_SECRET: string }): Promise<Response> {
    const token = request.headers.get('authorization')?.replace('Bearer ', '') ?? '';
    if (!(await jwt.verify(token, env.JWT_SECRET, { algorithm: 'HS256' }))) return new Response('unauthorized', { status: 401 });
    const { payload } = jwt.decode<{ sub: string }>(token);
    const rows = await env.DB.prepare('select * from notes where owner = ?').bind(payload?.sub).all();
    return Response.json(rows.results);
  },
};
