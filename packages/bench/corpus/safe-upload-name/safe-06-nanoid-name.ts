import multer from 'multer';
import { nanoid } from 'nanoid';

export const upload = multer({
  storage: multer.diskStorage({
    destination: 'uploads',
    filename: (_req, _file, cb) => cb(null, `${nanoid()}.upload`),
  }),
});
