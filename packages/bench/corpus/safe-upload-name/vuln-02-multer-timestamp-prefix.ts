import multer from 'multer';
import path from 'node:path';

const storage = multer.diskStorage({
  destination(_req, _file, cb) {
    cb(null, path.join(__dirname, '..', 'public', 'uploads'));
  },
  filename(_req, file, cb) {
    cb(null, `${Date.now()}-${file.originalname}`);
  },
});

export const upload = multer({ storage, limits: { fileSize: 5 * 1024 * 1024 } });
