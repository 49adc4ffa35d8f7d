const multer = require('multer');
const crypto = require('crypto');
const path = require('path');

const ALLOWED = { '.png': '.png', '.jpg': '.jpg', '.jpeg': '.jpg' };

const storage = multer.diskStorage({
  destination: 'uploads/',
  filename: (req, file, cb) => {
    const ext = ALLOWED[path.extname(file.originalname).toLowerCase()] || '.bin';
    cb(null, crypto.randomUUID() + ext);
  },
});

module.exports = multer({ storage });
