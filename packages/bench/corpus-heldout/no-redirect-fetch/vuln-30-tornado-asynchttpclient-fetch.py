# pattern: tornado.httpclient.AsyncHTTPClient().fetch with a URL from self.get_argument (tornado docs httpclient); flaw: line 13
import tornado.escape
import tornado.web
from tornado.httpclient import AsyncHTTPClient, HTTPClientError


class OEmbedHandler(tornado.web.RequestHandler):
    async def get(self):
        endpoint = self.get_argument("endpoint")
        media_url = self.get_argument("url")
        client = AsyncHTTPClient()
        try:
            response = await client.fetch(
                f"{endpoint}?url={tornado.escape.url_escape(media_url)}&format=json",
                request_timeout=10,
            )
        except HTTPClientError as exc:
            self.set_status(502)
            self.finish({"error": f"provider returned {exc.code}"})
            return
        self.set_header("Content-Type", "application/json")
        self.finish(response.body)


def make_app() -> tornado.web.Application:
    return tornado.web.Application([(r"/api/oembed", OEmbedHandler)])
