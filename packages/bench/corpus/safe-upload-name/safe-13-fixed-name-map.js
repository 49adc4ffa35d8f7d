const fs = require('fs/promises');

const TARGETS = { logo: 'logo.png', banner: 'banner.png' };

module.exports = async (req, res) => {
  const slot = TARGETS[req.params.slot];
  if (!slot) return res.sendStatus(404);
  await fs.writeFile(`public/brand/${slot}`, req.file.buffer);
  res.sendStatus(204);
};
