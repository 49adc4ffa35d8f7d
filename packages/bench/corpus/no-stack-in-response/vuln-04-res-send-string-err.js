const fs = require('fs/promises');

module.exports = async function readReport(req, res) {
  try {
    const data = await fs.readFile(`reports/${Number(req.params.id)}.json`, 'utf8');
    res.type('json').send(data);
  } catch (e) {
    res.status(500).send(String(e));
  }
};
