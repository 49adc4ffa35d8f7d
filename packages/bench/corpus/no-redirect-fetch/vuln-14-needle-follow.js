const needle = require('needle');

module.exports = function getRemote(url, callback) {
  needle.get(url, { follow_max: 5, parse: true }, (err, resp) => {
    if (err) return callback(err);
    return callback(null, resp.body);
  });
};
