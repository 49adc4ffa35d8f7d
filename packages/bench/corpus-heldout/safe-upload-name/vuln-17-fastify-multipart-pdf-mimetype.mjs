// pattern: @fastify/multipart request.file() with data.mimetype validation and a generated storage key; flaw at line 16
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';

const RESUME_DIR = process.env.RESUME_DIR || '/data/resumes';

export default async function resumeRoutes(app) {
  app.post('/applications/:id/resume', { preHandler: [app.authenticate] }, async (request, reply) => {
    const data = await request.file({ limits: { fileSize: 8 * 1024 * 1024 } });
    if (!data) {
      return reply.code(400).send({ message: 'resume is required' });
    }

    if (data.mimetype !== 'application/pdf') {
      data.file.resume();
      return reply.code(415).send({ message: 'Resume must be a PDF' });
    }

    const key = `${randomUUID()}.pdf`;
    await pipeline(data.file, createWriteStream(join(RESUME_DIR, key)));

    await app.db.applications.attachResume(request.params.id, key);
    return reply.code(201).send({ key });
  });
}
