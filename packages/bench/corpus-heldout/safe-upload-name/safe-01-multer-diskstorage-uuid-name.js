// pattern: expressjs/multer diskStorage filename callback with a generated name; original name kept only as metadata
const crypto = require('crypto');
const path = require('path');
const multer = require('multer');
const express = require('express');
const Attachment = require('../models/attachment');

const router = express.Router();
const ATTACHMENT_DIR = path.join(__dirname, '..', 'storage', 'attachments');

const storage = multer.diskStorage({
  destination: (req, file, cb) => cb(null, ATTACHMENT_DIR),
  filename: (req, file, cb) => {
    cb(null, crypto.randomUUID());
  },
});

const upload = multer({ storage, limits: { fileSize: 10 * 1024 * 1024 } });

router.post('/messages/:messageId/attachments', upload.single('file'), async (req, res, next) => {
  try {
    const attachment = await Attachment.create({
      messageId: req.params.messageId,
      storageKey: req.file.filename,
      displayName: req.file.originalname,
      size: req.file.size,
    });
    res.status(201).json({ id: attachment.id, name: attachment.displayName });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
