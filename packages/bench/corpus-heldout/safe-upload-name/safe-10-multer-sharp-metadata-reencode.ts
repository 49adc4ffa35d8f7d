// pattern: multer memoryStorage + sharp(buffer).metadata() format check, re-encoded to webp under a generated id
import { randomUUID } from 'crypto';
import { NextFunction, Request, Response, Router } from 'express';
import multer from 'multer';
import path from 'path';
import sharp from 'sharp';

const AVATAR_DIR = path.resolve(process.env.AVATAR_DIR ?? 'public/avatars');
const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 2 * 1024 * 1024 } });

export const avatarRouter = Router();

avatarRouter.post('/me/avatar', upload.single('avatar'), async (req: Request, res: Response, next: NextFunction) => {
  try {
    if (!req.file) {
      res.status(400).json({ error: 'avatar is required' });
      return;
    }

    const meta = await sharp(req.file.buffer).metadata();
    if (!meta.format || !['jpeg', 'png', 'webp'].includes(meta.format)) {
      res.status(415).json({ error: 'Avatar must be a JPEG, PNG or WebP image' });
      return;
    }

    const id = randomUUID();
    await sharp(req.file.buffer).resize(256, 256).webp().toFile(path.join(AVATAR_DIR, `${id}.webp`));

    res.json({ avatar: `/avatars/${id}.webp` });
  } catch (err) {
    next(err);
  }
});
