// pattern: multer diskStorage keeping the client's filename (expressjs/multer README "DiskStorage", countless upload tutorials); flaw at line 11
const express = require('express');
const multer = require('multer');
const path = require('path');

const storage = multer.diskStorage({
  destination: (req, file, cb) => {
    cb(null, path.join(__dirname, '..', 'uploads', 'attachments'));
  },
  filename: (req, file, cb) => {
    cb(null, `${Date.now()}-${file.originalname}`);
  },
});

const upload = multer({ storage, limits: { fileSize: 10 * 1024 * 1024 } });
const router = express.Router();

router.post('/tickets/:id/attachments', upload.single('attachment'), async (req, res) => {
  await req.app.locals.db.attachments.insert({
    ticketId: req.params.id,
    path: req.file.path,
    size: req.file.size,
  });
  res.status(201).json({ file: req.file.filename });
});

module.exports = router;
