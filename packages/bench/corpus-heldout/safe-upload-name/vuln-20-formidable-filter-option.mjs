// pattern: formidable v3 options.filter ({ mimetype }) with uploadDir and generated newFilename, plain node:http server; flaw at line 16
import { createServer } from 'node:http';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import formidable from 'formidable';

const uploadDir = path.resolve('var/scans');
mkdirSync(uploadDir, { recursive: true });

const server = createServer((req, res) => {
  if (req.url === '/api/scans' && req.method === 'POST') {
    const form = formidable({
      uploadDir,
      maxFiles: 10,
      maxFileSize: 50 * 1024 * 1024,
      filter: ({ mimetype }) => Boolean(mimetype && mimetype.includes('image')),
    });

    form.parse(req, (err, fields, files) => {
      if (err) {
        res.writeHead(err.httpCode || 400, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ error: 'Upload rejected' }));
        return;
      }
      const scans = (files.scan || []).map((f) => f.newFilename);
      res.writeHead(201, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ scans }));
    });
    return;
  }

  res.writeHead(404);
  res.end();
});

server.listen(process.env.PORT || 3000);
