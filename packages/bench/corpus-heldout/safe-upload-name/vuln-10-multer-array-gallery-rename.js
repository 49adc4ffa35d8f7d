// pattern: multer dest + upload.array() then fs.promises.rename of file.path (gallery route in an Express router); flaw at line 18
const express = require('express');
const multer = require('multer');
const fs = require('fs');
const os = require('os');

const router = express.Router();
const upload = multer({ dest: os.tmpdir() });
const GALLERY_ROOT = process.env.GALLERY_ROOT || '/srv/app/public/gallery';

router.post('/albums/:albumId/photos', upload.array('photos', 20), async (req, res, next) => {
  try {
    const albumId = parseInt(req.params.albumId, 10);
    const moved = [];

    for (const f of req.files) {
      let target = `${GALLERY_ROOT}/${albumId}`;
      target += '/' + f.originalname;
      await fs.promises.rename(f.path, target);
      moved.push(target.replace(GALLERY_ROOT, '/gallery'));
    }

    res.json({ albumId, photos: moved });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
