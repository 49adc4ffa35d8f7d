from tornado.httpclient import AsyncHTTPClient
from tornado.web import RequestHandler


class MirrorHandler(RequestHandler):
    async def get(self):
        source = self.get_argument("source")
        response = await AsyncHTTPClient().fetch(source, follow_redirects=False, raise_error=False)
        self.write({"code": response.code, "length": len(response.body or b"")})
