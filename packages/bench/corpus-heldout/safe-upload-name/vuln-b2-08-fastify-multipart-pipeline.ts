// pattern: @fastify/multipart request.file() streamed with pipeline to data.filename (fastify/fastify-multipart README); flaw at line 18
import type { FastifyInstance } from "fastify";
import multipart from "@fastify/multipart";
import { createWriteStream } from "node:fs";
import { pipeline } from "node:stream/promises";
import path from "node:path";

const MEDIA_ROOT = process.env.MEDIA_ROOT ?? "/var/app/media";

export default async function mediaRoutes(app: FastifyInstance) {
  await app.register(multipart, { limits: { fileSize: 50 * 1024 * 1024 } });

  app.post("/media", async (request, reply) => {
    const data = await request.file();
    if (!data) return reply.code(400).send({ error: "file expected" });

    const destination = path.join(MEDIA_ROOT, data.filename);
    await pipeline(data.file, createWriteStream(destination));

    return reply.code(201).send({ name: data.filename, type: data.mimetype });
  });
}
