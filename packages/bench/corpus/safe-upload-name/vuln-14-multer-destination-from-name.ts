import multer from 'multer';
import fs from 'node:fs';

const storage = multer.diskStorage({
  destination: (req, file, cb) => {
    const dir = `uploads/${file.originalname.split('.')[0]}`;
    fs.mkdirSync(dir, { recursive: true });
    cb(null, dir);
  },
  filename: (req, file, cb) => cb(null, 'original'),
});

export default multer({ storage });
