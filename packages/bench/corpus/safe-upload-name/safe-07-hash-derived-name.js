const crypto = require('crypto');
const fs = require('fs/promises');

module.exports = async function storeBlob(req, res) {
  const file = req.files.blob;
  const digest = crypto.createHash('sha256').update(file.data).digest('hex');
  await file.mv(`blobs/${digest}`);
  res.json({ digest });
};
