const sharp = require('sharp');
const path = require('path');

const THUMB_DIR = path.join(__dirname, '..', 'public', 'thumbnails');

module.exports = async function makeThumbnail(req, res, next) {
  if (!req.file) return next();
  try {
    await sharp(req.file.buffer)
      .resize(320, 320, { fit: 'cover' })
      .jpeg({ quality: 80 })
      .toFile(path.join(THUMB_DIR, req.file.originalname));
    res.locals.thumbnail = `/thumbnails/${req.file.originalname}`;
    next();
  } catch (err) {
    next(err);
  }
};
