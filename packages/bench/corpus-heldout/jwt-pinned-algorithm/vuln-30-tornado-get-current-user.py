# pattern: tornado RequestHandler.get_current_user with PyJWT (tornado docs authentication + pyjwt usage); flaw: line 15
import os

import jwt
import tornado.ioloop
import tornado.web


class BaseHandler(tornado.web.RequestHandler):
    def get_current_user(self):
        auth = self.request.headers.get("Authorization")
        if not auth or not auth.startswith("Bearer "):
            return None
        try:
            payload = jwt.decode(auth.split(" ", 1)[1], self.settings["jwt_secret"], leeway=10)
        except jwt.InvalidTokenError:
            return None
        return payload.get("username")


class ProfileHandler(BaseHandler):
    @tornado.web.authenticated
    def get(self):
        self.write({"username": self.current_user})


class HealthHandler(tornado.web.RequestHandler):
    def get(self):
        self.write({"ok": True})


def make_app():
    return tornado.web.Application(
        [
            (r"/api/profile", ProfileHandler),
            (r"/healthz", HealthHandler),
        ],
        jwt_secret=os.environ["JWT_SECRET"],
        login_url="/login",
    )


if __name__ == "__main__":
    make_app().listen(8888)
    tornado.ioloop.IOLoop.current().start()
