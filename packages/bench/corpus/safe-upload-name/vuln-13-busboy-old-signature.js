const Busboy = require('busboy');
const fs = require('fs');
const path = require('path');

module.exports = function (req, res) {
  const busboy = new Busboy({ headers: req.headers });
  busboy.on('file', function (fieldname, file, filename) {
    file.pipe(fs.createWriteStream(path.join('/var/app/uploads', filename)));
  });
  busboy.on('finish', () => res.end('ok'));
  req.pipe(busboy);
};
