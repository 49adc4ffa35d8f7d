// pattern: @fastify/multipart request.file() + toBuffer(), stored under a sha256 content hash; data.filename only logged
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const BLOB_DIR = process.env.BLOB_DIR ?? '/var/lib/app/blobs';

export default async function blobRoutes(fastify) {
  fastify.post('/blobs', async (request, reply) => {
    const data = await request.file();
    if (!data) {
      return reply.code(400).send({ message: 'file is required' });
    }

    const buf = await data.toBuffer();
    const digest = createHash('sha256').update(buf).digest('hex');
    await writeFile(join(BLOB_DIR, digest), buf, { flag: 'w' });

    request.log.info({ filename: data.filename, digest }, 'blob stored');
    return reply.code(201).send({ digest, bytes: buf.length });
  });
}
