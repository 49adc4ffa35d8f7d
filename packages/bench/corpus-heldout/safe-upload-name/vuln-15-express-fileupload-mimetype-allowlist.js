// pattern: express-fileupload route checking req.files.x.mimetype against an allowlist before .mv(); flaw at line 18
const express = require('express');
const path = require('path');
const { v4: uuidv4 } = require('uuid');
const Contract = require('../models/contract');

const router = express.Router();
const ALLOWED_TYPES = ['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'];
const CONTRACT_DIR = path.join(__dirname, '..', 'private', 'contracts');

router.post('/contracts/:id/document', async (req, res, next) => {
  try {
    const doc = req.files && req.files.document;
    if (!doc) {
      return res.status(400).json({ message: 'document is required' });
    }

    if (!ALLOWED_TYPES.includes(doc.mimetype)) {
      return res.status(415).json({ message: 'Unsupported document type' });
    }

    const storedName = uuidv4();
    await doc.mv(path.join(CONTRACT_DIR, storedName));

    await Contract.updateOne(
      { _id: req.params.id },
      { documentKey: storedName, documentType: doc.mimetype }
    );

    res.status(204).end();
  } catch (err) {
    next(err);
  }
});

module.exports = router;
