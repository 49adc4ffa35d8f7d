// pattern: multer memoryStorage + fileFilter against a Set of MIME types, buffer written under a content hash; flaw at line 12
import { createHash } from 'crypto';
import { Request, Response, Router } from 'express';
import { writeFile } from 'fs/promises';
import multer, { FileFilterCallback } from 'multer';
import path from 'path';

const ACCEPTED = new Set(['image/png', 'image/jpeg', 'image/svg+xml']);
const LOGO_DIR = path.resolve(process.env.LOGO_DIR ?? 'public/logos');

function acceptLogo(_req: Request, file: Express.Multer.File, cb: FileFilterCallback) {
  cb(null, ACCEPTED.has(file.mimetype));
}

const upload = multer({
  storage: multer.memoryStorage(),
  fileFilter: acceptLogo,
  limits: { fileSize: 1024 * 1024 },
});

export const brandingRouter = Router();

brandingRouter.put('/branding/logo', upload.single('logo'), async (req: Request, res: Response) => {
  if (!req.file) {
    res.status(400).json({ error: 'logo must be a PNG, JPEG or SVG image' });
    return;
  }

  const digest = createHash('sha256').update(req.file.buffer).digest('hex');
  await writeFile(path.join(LOGO_DIR, digest), req.file.buffer);

  res.json({ logo: `/logos/${digest}` });
});
