// pattern: fastify/fastify-multipart README (request.parts() loop with pipeline to createWriteStream); flaw at line 17
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';

const ATTACHMENTS_DIR = process.env.ATTACHMENTS_DIR ?? '/var/lib/helpdesk/attachments';

export default async function ticketAttachmentRoutes(fastify) {
  fastify.post('/tickets/:ticketId/attachments', async (request, reply) => {
    const { ticketId } = request.params;
    const ticketDir = path.join(ATTACHMENTS_DIR, ticketId.replace(/\D/g, ''));
    await fs.promises.mkdir(ticketDir, { recursive: true });

    const saved = [];
    for await (const part of request.parts()) {
      if (part.type !== 'file') continue;
      const dest = `${ticketDir}/${part.filename}`;
      await pipeline(part.file, fs.createWriteStream(dest));
      saved.push({ name: part.filename, size: part.file.bytesRead });
    }

    return reply.code(201).send({ ticketId, attachments: saved });
  });
}
