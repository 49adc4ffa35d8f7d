const formidable = require('formidable');
const fs = require('fs/promises');
const path = require('path');

module.exports = async function handleUpload(req, res) {
  const form = formidable({ uploadDir: '/tmp' });
  const [, files] = await form.parse(req);
  const file = files.attachment[0];
  const dest = path.resolve('storage', file.originalFilename);
  await fs.rename(file.filepath, dest);
  res.writeHead(201).end();
};
