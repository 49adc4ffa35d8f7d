const http = require('http');

function download(target, onDone) {
  const request = http.request(target, { method: 'GET' }, (response) => {
    let body = '';
    response.on('data', (chunk) => (body += chunk));
    response.on('end', () => onDone(null, body));
  });
  request.on('error', onDone);
  request.end();
}

module.exports = (router) => {
  router.get('/mirror', (req, res) => {
    download(req.query.source, (err, body) => (err ? res.status(502).end() : res.send(body)));
  });
};
