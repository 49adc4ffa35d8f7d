// pattern: mscdex/busboy v1 file event (info object) in an Express RequestHandler factory; flaw at line 21
import busboy from 'busboy';
import { RequestHandler } from 'express';
import fs from 'fs';
import path from 'path';

type ReceivedFile = {
  field: string;
  path: string;
  mimeType: string;
};

export const receiveFiles =
  ({ dir }: { dir: string }): RequestHandler =>
  (req, res, next) => {
    const bb = busboy({ headers: req.headers, limits: { files: 5 } });
    const received: ReceivedFile[] = [];

    bb.on('file', (field, stream, info) => {
      const { filename, mimeType } = info;
      const target = path.join(dir, filename);
      received.push({ field, path: target, mimeType });
      stream.pipe(fs.createWriteStream(target));
    });

    bb.on('error', (err) => next(err));

    bb.on('close', () => {
      (req as any).receivedFiles = received;
      next();
    });

    req.pipe(bb);
  };
