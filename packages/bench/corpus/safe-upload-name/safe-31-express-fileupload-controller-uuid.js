const path = require('path');
const { randomUUID } = require('crypto');
const FileType = require('file-type');

const DOCS_DIR = path.join(__dirname, '..', 'storage', 'documents');

exports.uploadDocument = async (req, res) => {
  const document = req.files && req.files.document;
  if (!document) return res.status(400).json({ message: 'document is required' });
  const type = await FileType.fromBuffer(document.data);
  if (!type || type.mime !== 'application/pdf') return res.status(415).end();
  const stored = `${randomUUID()}.pdf`;
  await document.mv(path.join(DOCS_DIR, stored));
  res.status(201).json({ stored, title: document.name });
};
