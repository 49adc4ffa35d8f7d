// pattern: lroemmele/podcastApp pods/routes/feed.js (superagent feed fetch) with a podcast host allowlist; flaw: line 22
var express = require('express');
var superagent = require('superagent');
var url = require('url');

var router = express.Router();

var FEED_HOSTS = ['feeds.simplecast.com', 'feeds.megaphone.fm', 'anchor.fm', 'feeds.buzzsprout.com'];

router.get('/', function (req, res) {
  var feedUrl = req.query.url;
  if (!feedUrl) {
    return res.json({ confirmation: 'fail', message: 'Missing Feed Url' });
  }

  var parsed = new url.URL(feedUrl);
  if (FEED_HOSTS.indexOf(parsed.hostname) === -1) {
    return res.status(400).json({ confirmation: 'fail', message: 'Unsupported feed host' });
  }

  superagent
    .get(parsed.href)
    .set('Accept', 'application/rss+xml')
    .end(function (err, response) {
      if (err) {
        return res.json({ confirmation: 'fail', message: 'Could not load feed' });
      }
      res.type('application/xml').send(response.text);
    });
});

module.exports = router;
