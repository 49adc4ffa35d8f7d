# pattern: python-jose jwt.decode(token, key) without algorithms in a Tornado BaseHandler.get_current_user (python-jose README usage; Tornado authentication docs); flaw: line 16
import tornado.ioloop
import tornado.web
from jose import JWTError, jwt

from settings import JWT_SECRET


class BaseHandler(tornado.web.RequestHandler):
    def get_current_user(self):
        auth = self.request.headers.get("Authorization", "")
        if not auth.startswith("Bearer "):
            return None
        token = auth.split(" ", 1)[1]
        try:
            return jwt.decode(token, JWT_SECRET)
        except JWTError:
            return None

    def write_error(self, status_code, **kwargs):
        self.finish({"error": self._reason})


class ProfileHandler(BaseHandler):
    @tornado.web.authenticated
    def get(self):
        self.write({"user_id": self.current_user["sub"], "email": self.current_user.get("email")})


class AdminStatsHandler(BaseHandler):
    @tornado.web.authenticated
    def get(self):
        if not self.current_user.get("is_admin"):
            raise tornado.web.HTTPError(403)
        self.write({"users": 0, "orders": 0})


def make_app():
    return tornado.web.Application(
        [(r"/api/profile", ProfileHandler), (r"/api/admin/stats", AdminStatsHandler)],
        login_url="/login",
    )


if __name__ == "__main__":
    make_app().listen(8888)
    tornado.ioloop.IOLoop.current().start()
