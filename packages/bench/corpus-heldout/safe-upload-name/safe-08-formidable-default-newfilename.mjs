// pattern: formidable v3 with uploadDir and its generated newFilename; originalFilename saved as a label in the DB
import express from 'express';
import formidable from 'formidable';
import path from 'node:path';
import { db } from '../db.js';

const router = express.Router();
const uploadDir = path.resolve('storage/exports');

router.post('/exports/import', async (req, res, next) => {
  const form = formidable({ uploadDir, keepExtensions: false, maxFileSize: 100 * 1024 * 1024 });

  try {
    const [, files] = await form.parse(req);
    const file = files.archive?.[0];
    if (!file) {
      return res.status(400).json({ error: 'archive is required' });
    }

    const row = await db.insertInto('imports').values({
      storedAs: file.newFilename,
      label: file.originalFilename,
      bytes: file.size,
    }).returning('id').executeTakeFirst();

    res.status(202).json({ importId: row.id });
  } catch (err) {
    next(err);
  }
});

export default router;
