// pattern: multer memoryStorage + file-type magic-byte check + randomUUID name (sindresorhus/file-type README "fileTypeFromBuffer")
const express = require('express');
const multer = require('multer');
const crypto = require('node:crypto');
const fs = require('node:fs/promises');
const path = require('node:path');

const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 5 * 1024 * 1024 } });
const router = express.Router();
const PHOTO_DIR = path.join(__dirname, '..', 'uploads', 'photos');
const ALLOWED = new Set(['jpg', 'png', 'webp']);

router.post('/photos', upload.single('photo'), async (req, res, next) => {
  try {
    if (!req.file) return res.status(400).json({ error: 'photo required' });

    const { fileTypeFromBuffer } = await import('file-type');
    const type = await fileTypeFromBuffer(req.file.buffer);
    if (!type || !ALLOWED.has(type.ext)) {
      return res.status(415).json({ error: 'Unsupported image type' });
    }

    const name = `${crypto.randomUUID()}.${type.ext}`;
    await fs.writeFile(path.join(PHOTO_DIR, name), req.file.buffer);
    res.status(201).json({ id: name, originalName: req.file.originalname });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
