import { createWriteStream } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import type { FastifyInstance } from 'fastify';

export default async function routes(app: FastifyInstance) {
  app.post('/upload', async (request) => {
    const data = await request.file();
    if (!data) return { ok: false };
    const stored = randomBytes(16).toString('hex');
    await pipeline(data.file, createWriteStream(`./uploads/${stored}`));
    return { ok: true, original: data.filename };
  });
}
