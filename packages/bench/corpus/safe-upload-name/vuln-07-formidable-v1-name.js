const formidable = require('formidable');
const fs = require('fs');

module.exports = function upload(req, res) {
  const form = new formidable.IncomingForm();
  form.parse(req, (err, fields, files) => {
    if (err) return res.status(400).end();
    const f = files.photo;
    fs.copyFile(f.path, './public/photos/' + f.name, () => res.json({ ok: true }));
  });
};
