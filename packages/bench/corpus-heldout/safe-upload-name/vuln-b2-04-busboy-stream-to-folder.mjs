// pattern: busboy 'file' event piping to createWriteStream with info.filename (CasioPT87/serchscript api/routes/data/admin/images.js; mscdex/busboy README); flaw at line 16
import { Router } from 'express';
import busboy from 'busboy';
import { createWriteStream } from 'node:fs';

const router = Router();
const IMAGES_DIR = `${process.cwd()}/public/images`;

router.post('/admin/images', (req, res, next) => {
  const bb = busboy({ headers: req.headers, limits: { files: 5 } });
  const saved = [];

  bb.on('file', (fieldname, file, info) => {
    const { filename } = info;
    const saveTo = `${IMAGES_DIR}/${filename}`;
    file.pipe(createWriteStream(saveTo));
    saved.push(filename);
  });

  bb.on('close', () => res.status(201).json({ saved }));
  bb.on('error', next);
  req.pipe(bb);
});

export default router;
