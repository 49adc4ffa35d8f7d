const needle = require('needle');

exports.headers = (req, res) => {
  needle.head(req.query.site, { follow_max: 0 }, (err, response) => {
    if (err) return res.status(502).json({ error: err.message });
    res.json(response.headers);
  });
};
