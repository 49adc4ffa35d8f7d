const formidable = require('formidable');
const fs = require('fs/promises');
const { randomUUID } = require('crypto');

module.exports = async (req, res) => {
  const form = formidable({});
  const [, files] = await form.parse(req);
  const img = files.image[0];
  if (!img.mimetype.startsWith('image/')) return res.status(400).end('images only');
  await fs.copyFile(img.filepath, `public/img/${randomUUID()}.jpg`);
  return res.status(201).end();
};
