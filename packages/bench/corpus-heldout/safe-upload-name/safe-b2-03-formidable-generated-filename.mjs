// pattern: formidable v3 with a filename option generating the stored name (node-formidable README options.filename)
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import formidable from 'formidable';

const uploadDir = path.resolve('var/uploads');

const server = http.createServer(async (req, res) => {
  if (req.url !== '/upload' || req.method !== 'POST') {
    res.writeHead(404).end();
    return;
  }

  const form = formidable({
    uploadDir,
    maxFileSize: 10 * 1024 * 1024,
    filename: () => randomUUID(),
  });

  try {
    const [, files] = await form.parse(req);
    const file = files.upload?.[0];
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ stored: file?.newFilename, original: file?.originalFilename }));
  } catch {
    res.writeHead(400).end('upload failed');
  }
});

server.listen(8080);
