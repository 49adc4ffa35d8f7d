const formidable = require('formidable');

module.exports = async (req, res) => {
  const form = formidable({ uploadDir: './uploads', keepExtensions: false });
  const [, files] = await form.parse(req);
  const f = files.doc[0];
  res.json({ storedAs: f.newFilename, originalName: f.originalFilename, size: f.size });
};
