const http = require('http');
const fs = require('fs');
const path = require('path');
const busboy = require('busboy');

http
  .createServer((req, res) => {
    const bb = busboy({ headers: req.headers });
    bb.on('file', (name, file, info) => {
      const saveTo = path.join(__dirname, 'uploads', info.filename);
      file.pipe(fs.createWriteStream(saveTo));
    });
    bb.on('close', () => res.end('done'));
    req.pipe(bb);
  })
  .listen(8000);
