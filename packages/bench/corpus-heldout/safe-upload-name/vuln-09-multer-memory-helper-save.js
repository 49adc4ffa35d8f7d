// pattern: multer memoryStorage with a local helper writing req.file.buffer (import-map ESM Express app); flaw at line 26
import express from 'express';
import multer from 'multer';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { requireAuth } from '../middleware/auth.js';

const router = express.Router();
const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 10 * 1024 * 1024 } });

const INVOICE_DIR = process.env.INVOICE_DIR || path.resolve('data/invoices');

async function persist(dir, name, data) {
  await fs.mkdir(dir, { recursive: true });
  const fullPath = path.join(dir, name);
  await fs.writeFile(fullPath, data);
  return fullPath;
}

router.post('/invoices/import', requireAuth, upload.single('invoice'), async (req, res) => {
  if (!req.file) {
    return res.status(400).json({ error: 'invoice file missing' });
  }

  const { originalname, buffer } = req.file;
  const storedAt = await persist(path.join(INVOICE_DIR, String(req.user.orgId)), originalname, buffer);

  res.status(201).json({ stored: path.basename(storedAt) });
});

export default router;
