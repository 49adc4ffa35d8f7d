const needle = require('needle');

module.exports = function getRemote(req, res) {
  needle.get(req.query.url, { follow_max: 5, parse: true }, (err, resp) => {
    if (err) return res.status(502).end();
    return res.json(resp.body);
  });
};
