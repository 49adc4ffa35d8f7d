// pattern: expressjs/multer fileFilter checking file.mimetype (profile photo upload module); flaw at line 16
const crypto = require('crypto');
const path = require('path');
const multer = require('multer');

const PHOTO_DIR = path.join(__dirname, '..', 'uploads', 'photos');

const storage = multer.diskStorage({
  destination: PHOTO_DIR,
  filename: (req, file, cb) => {
    cb(null, crypto.randomUUID());
  },
});

function photoFilter(req, file, cb) {
  if (file.mimetype.startsWith('image/')) {
    return cb(null, true);
  }
  const err = new Error('Only image uploads are allowed');
  err.status = 400;
  cb(err);
}

module.exports = multer({
  storage,
  fileFilter: photoFilter,
  limits: { fileSize: 4 * 1024 * 1024, files: 1 },
});
