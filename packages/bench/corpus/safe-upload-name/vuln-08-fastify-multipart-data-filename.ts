import Fastify from 'fastify';
import multipart from '@fastify/multipart';
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';

const app = Fastify();
app.register(multipart);

app.post('/upload', async (request, reply) => {
  const data = await request.file();
  if (!data) return reply.code(400).send();
  await pipeline(data.file, createWriteStream(`./uploads/${data.filename}`));
  return { uploaded: data.filename };
});

export default app;
