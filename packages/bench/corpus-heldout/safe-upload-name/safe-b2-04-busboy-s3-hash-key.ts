// pattern: busboy stream hashed and uploaded to S3 under a generated key, client name and type kept only as metadata (aws-sdk lib-storage Upload docs)
import type { Request, Response } from "express";
import busboy from "busboy";
import { createHash, randomUUID } from "node:crypto";
import { PassThrough } from "node:stream";
import { S3Client } from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";

const s3 = new S3Client({});

export function uploadToBucket(req: Request, res: Response) {
  const bb = busboy({ headers: req.headers, limits: { files: 1, fileSize: 25 * 1024 * 1024 } });

  bb.on("file", (_field, stream, { filename, mimeType }) => {
    const key = `incoming/${randomUUID()}`;
    const hash = createHash("sha256");
    const body = new PassThrough();
    stream.on("data", (chunk) => hash.update(chunk));
    stream.pipe(body);

    new Upload({
      client: s3,
      params: {
        Bucket: process.env.UPLOAD_BUCKET!,
        Key: key,
        Body: body,
        Metadata: { "original-name": encodeURIComponent(filename), "declared-type": mimeType },
      },
    })
      .done()
      .then(() => res.status(201).json({ key, sha256: hash.digest("hex") }))
      .catch(() => res.status(500).json({ error: "upload failed" }));
  });

  req.pipe(bb);
}
