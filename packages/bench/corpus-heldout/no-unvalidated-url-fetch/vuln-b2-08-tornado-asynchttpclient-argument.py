# pattern: Tornado RequestHandler fetching self.get_argument('url') with AsyncHTTPClient().fetch (Tornado httpclient docs; Tornado screenshot / preview services); flaw: line 12
import tornado.ioloop
import tornado.web
from tornado.httpclient import AsyncHTTPClient, HTTPClientError


class PreviewHandler(tornado.web.RequestHandler):
    async def get(self):
        url = self.get_argument("url")
        client = AsyncHTTPClient()
        try:
            response = await client.fetch(url, request_timeout=10, user_agent="PreviewBot/0.3")
        except HTTPClientError as exc:
            self.set_status(502)
            self.finish({"error": f"upstream returned {exc.code}"})
            return
        self.set_header("Content-Type", response.headers.get("Content-Type", "text/html"))
        self.finish(response.body)


def make_app():
    return tornado.web.Application([(r"/preview", PreviewHandler)])


if __name__ == "__main__":
    make_app().listen(8081)
    tornado.ioloop.IOLoop.current().start()
