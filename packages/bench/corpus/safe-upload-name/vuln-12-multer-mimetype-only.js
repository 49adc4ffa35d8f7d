const multer = require('multer');
const crypto = require('crypto');
const path = require('path');

const upload = multer({
  storage: multer.diskStorage({
    destination: 'uploads/images',
    filename: (req, file, cb) => cb(null, crypto.randomUUID() + path.extname(file.originalname).toLowerCase()),
  }),
  fileFilter: (req, file, cb) => {
    if (['image/png', 'image/jpeg'].includes(file.mimetype)) return cb(null, true);
    return cb(new Error('Only images are allowed'));
  },
});

module.exports = upload;
