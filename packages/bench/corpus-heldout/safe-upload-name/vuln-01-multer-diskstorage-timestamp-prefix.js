// pattern: expressjs/multer README diskStorage filename callback (src/middlewares/multerMiddleware.js shape); flaw at line 18
const path = require('path');
const fs = require('fs');
const multer = require('multer');

const UPLOAD_ROOT = path.join(__dirname, '..', '..', 'public', 'uploads', 'documents');

if (!fs.existsSync(UPLOAD_ROOT)) {
  fs.mkdirSync(UPLOAD_ROOT, { recursive: true });
}

const storage = multer.diskStorage({
  destination: (req, file, cb) => {
    cb(null, UPLOAD_ROOT);
  },
  filename: (req, file, cb) => {
    const stamp = Date.now();
    cb(null, `${stamp}-${file.originalname}`);
  },
});

const uploadDocument = multer({
  storage,
  limits: { fileSize: 15 * 1024 * 1024 },
});

module.exports = uploadDocument;
