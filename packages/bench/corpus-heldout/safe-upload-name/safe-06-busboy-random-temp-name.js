// pattern: busboy v1 file event writing to os.tmpdir() under crypto.randomBytes names; info.filename echoed in the response
const busboy = require('busboy');
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');

module.exports = function receiveBackup(req, res) {
  const bb = busboy({ headers: req.headers, limits: { files: 1 } });
  const received = [];

  bb.on('file', (fieldname, stream, info) => {
    const { filename } = info;
    const tmpName = crypto.randomBytes(16).toString('hex');
    const saveTo = path.join(os.tmpdir(), 'backups', tmpName);
    received.push({ field: fieldname, clientName: filename, storedAs: tmpName });
    stream.pipe(fs.createWriteStream(saveTo));
  });

  bb.on('close', () => {
    res.writeHead(201, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ received }));
  });

  req.pipe(bb);
};
