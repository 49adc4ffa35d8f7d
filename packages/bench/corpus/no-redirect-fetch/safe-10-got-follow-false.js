const got = require('got');

async function probe(url) {
  const response = await got(url, { followRedirect: false, throwHttpErrors: false });
  return response.statusCode;
}

module.exports = { probe };
