import { Router } from 'express';
import multer from 'multer';
import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { db } from './db';

const router = Router();
const upload = multer({ storage: multer.memoryStorage() });

router.post('/files', upload.single('file'), async (req, res) => {
  if (!req.file) return res.sendStatus(400);
  const id = randomUUID();
  await writeFile(`storage/${id}`, req.file.buffer);
  await db.file.create({ data: { id, originalName: req.file.originalname, size: req.file.size } });
  return res.status(201).json({ id });
});

export default router;
