// pattern: lroemmele/podcastApp pods/routes/feed.js (superagent feed fetch) with a regex test on the raw URL; flaw: line 16
var express = require('express');
var superagent = require('superagent');

var router = express.Router();

var CDN_PATTERN = /^https:\/\/media\.podnest\.fm/;

router.get('/artwork', function (req, res) {
  var src = req.query.src;
  if (!src || !CDN_PATTERN.test(src)) {
    return res.status(400).json({ message: 'artwork must be hosted on the Podnest CDN' });
  }

  superagent
    .get(src)
    .redirects(0)
    .buffer(true)
    .responseType('blob')
    .end(function (err, response) {
      if (err) {
        return res.status(502).json({ message: 'could not load artwork' });
      }
      res.type(response.type || 'image/jpeg').send(response.body);
    });
});

module.exports = router;
