import { Router } from 'express';
import multer from 'multer';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';

const upload = multer({ storage: multer.memoryStorage() });
const router = Router();

router.post('/avatar', upload.single('avatar'), async (req, res) => {
  if (!req.file) return res.status(400).json({ error: 'no file' });
  const target = path.join('uploads', 'avatars', req.file.originalname);
  await writeFile(target, req.file.buffer);
  return res.status(201).json({ url: `/static/avatars/${req.file.originalname}` });
});

export default router;
