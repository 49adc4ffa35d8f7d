// pattern: express-fileupload req.files.<field>.mv() into a folder (richardgirges/express-fileupload README example); flaw at line 20
const express = require('express');
const fileUpload = require('express-fileupload');
const path = require('node:path');

const app = express();
const DOCS_DIR = path.join(__dirname, 'storage', 'documents');

app.use(fileUpload({ limits: { fileSize: 20 * 1024 * 1024 }, abortOnLimit: true }));

app.post('/documents', async (req, res) => {
  if (!req.files || !req.files.document) {
    return res.status(400).send('No files were uploaded.');
  }

  const { document } = req.files;
  const destination = path.join(DOCS_DIR, req.body.folder || 'general', document.name);

  try {
    await document.mv(destination);
    res.json({ stored: true, size: document.size });
  } catch (err) {
    res.status(500).send('Upload failed');
  }
});

app.listen(3000);
