# pattern: tornado handler comparing urlparse hostname to a constant set before AsyncHTTPClient.fetch(follow_redirects=False)
from urllib.parse import urlparse

import tornado.web
from tornado.httpclient import AsyncHTTPClient, HTTPClientError

TRUSTED_FEEDS = {"status.cloud.google.com", "www.githubstatus.com", "status.slack.com"}


class StatusFeedHandler(tornado.web.RequestHandler):
    async def get(self):
        feed = self.get_argument("feed")
        if urlparse(feed).hostname not in TRUSTED_FEEDS:
            raise tornado.web.HTTPError(400, "untrusted feed")
        try:
            response = await AsyncHTTPClient().fetch(feed, follow_redirects=False, request_timeout=8)
        except HTTPClientError as exc:
            raise tornado.web.HTTPError(502, f"feed returned {exc.code}")
        self.set_header("Content-Type", "application/xml")
        self.finish(response.body)


def make_app() -> tornado.web.Application:
    return tornado.web.Application([(r"/api/status-feed", StatusFeedHandler)])
