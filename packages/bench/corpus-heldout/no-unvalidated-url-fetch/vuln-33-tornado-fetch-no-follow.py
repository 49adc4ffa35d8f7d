# pattern: tornado AsyncHTTPClient.fetch(url, follow_redirects=False) with the URL from self.get_argument (tornado docs httpclient); flaw: line 11
import tornado.web
from tornado.httpclient import AsyncHTTPClient, HTTPClientError


class ScreenshotSourceHandler(tornado.web.RequestHandler):
    async def get(self):
        page_url = self.get_argument("page")
        client = AsyncHTTPClient()
        try:
            response = await client.fetch(page_url, follow_redirects=False, request_timeout=10)
        except HTTPClientError as exc:
            self.set_status(502)
            self.finish({"error": f"upstream status {exc.code}"})
            return
        self.set_header("Content-Type", response.headers.get("Content-Type", "text/html"))
        self.finish(response.body)


def make_app() -> tornado.web.Application:
    return tornado.web.Application([(r"/api/source", ScreenshotSourceHandler)])
