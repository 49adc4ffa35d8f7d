const request = require('superagent');

exports.check = async (url) => {
  const res = await request.get(url).redirects(0).ok(() => true);
  return res.status;
};
