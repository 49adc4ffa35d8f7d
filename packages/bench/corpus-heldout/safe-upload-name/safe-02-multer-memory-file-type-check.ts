// pattern: multer memoryStorage followed by file-type fileTypeFromBuffer validation before writing (magic-bytes middleware shape)
import { randomUUID } from 'crypto';
import { Request, Response, Router } from 'express';
import { fileTypeFromBuffer } from 'file-type';
import { writeFile } from 'fs/promises';
import multer from 'multer';
import path from 'path';

const IMAGE_DIR = path.resolve(process.env.IMAGE_DIR ?? 'public/images');
const ALLOWED = new Set(['image/png', 'image/jpeg', 'image/webp']);

const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: 5 * 1024 * 1024 },
  fileFilter: (_req, file, cb) => cb(null, ALLOWED.has(file.mimetype)),
});

export const imageRouter = Router();

imageRouter.post('/images', upload.single('image'), async (req: Request, res: Response) => {
  if (!req.file) {
    res.status(400).json({ error: 'image is required' });
    return;
  }

  const detected = await fileTypeFromBuffer(req.file.buffer);
  if (!detected || !ALLOWED.has(detected.mime)) {
    res.status(415).json({ error: 'File content is not a supported image' });
    return;
  }

  const name = `${randomUUID()}.${detected.ext}`;
  await writeFile(path.join(IMAGE_DIR, name), req.file.buffer);

  res.status(201).json({ url: `/images/${name}`, originalName: req.file.originalname });
});
