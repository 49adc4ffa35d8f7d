const path = require('path');
const Document = require('../models/document');

const DOCS_DIR = path.join(__dirname, '..', 'storage', 'documents');

exports.uploadDocument = async (req, res, next) => {
  try {
    if (!req.files || !req.files.document) {
      return res.status(400).json({ message: 'document is required' });
    }
    const document = req.files.document;
    const target = path.join(DOCS_DIR, `${req.params.projectId}-${document.name}`);
    await document.mv(target);
    const saved = await Document.create({ project: req.params.projectId, path: target });
    res.status(201).json(saved);
  } catch (err) {
    next(err);
  }
};
