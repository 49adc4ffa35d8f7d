// pattern: busboy v1 file handler that inspects info.mimeType before streaming to a temp file (CSV import endpoint); flaw at line 16
const busboy = require('busboy');
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { enqueueImport } = require('../jobs/importQueue');

module.exports = function importContacts(req, res) {
  const bb = busboy({ headers: req.headers, limits: { files: 1, fileSize: 25 * 1024 * 1024 } });
  let rejected = false;
  let tmpPath = null;

  bb.on('file', (name, file, info) => {
    const { mimeType } = info;
    if (mimeType !== 'text/csv' && mimeType !== 'application/vnd.ms-excel') {
      rejected = true;
      file.resume();
      return;
    }
    tmpPath = path.join(os.tmpdir(), `contacts-${crypto.randomBytes(12).toString('hex')}.csv`);
    file.pipe(fs.createWriteStream(tmpPath));
  });

  bb.on('close', async () => {
    if (rejected || !tmpPath) {
      return res.status(415).json({ message: 'Please upload a CSV file' });
    }
    const jobId = await enqueueImport(req.user.id, tmpPath);
    res.status(202).json({ jobId });
  });

  req.pipe(bb);
};
