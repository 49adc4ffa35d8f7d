const fs = require('fs');
const path = require('path');
const { randomUUID } = require('crypto');
const busboy = require('busboy');

module.exports = (req, res) => {
  const bb = busboy({ headers: req.headers });
  bb.on('file', (name, file, info) => {
    console.info(`upload ${info.filename} (${info.mimeType})`);
    file.pipe(fs.createWriteStream(path.join('/srv/uploads', randomUUID())));
  });
  bb.on('close', () => res.end());
  req.pipe(bb);
};
