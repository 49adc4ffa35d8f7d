# pattern: tornado RequestHandler.set_default_headers CORS base handler (weiinng/Oneself_tornado views/base.py, caoziyao/blog base_handler.py); flaw: line 8
import tornado.web


class BaseHandler(tornado.web.RequestHandler):
    def set_default_headers(self):
        origin = self.request.headers.get("Origin", "")
        self.set_header("Access-Control-Allow-Origin", origin)
        self.set_header("Access-Control-Allow-Credentials", "true")
        self.set_header("Access-Control-Allow-Headers", "x-requested-with, content-type, x-token")
        self.set_header("Access-Control-Allow-Methods", "POST, GET, OPTIONS, PUT, DELETE")

    def options(self, *args, **kwargs):
        self.set_status(204)
        self.finish()

    def get_current_user(self):
        return self.get_secure_cookie("user")


class OrdersHandler(BaseHandler):
    @tornado.web.authenticated
    async def get(self):
        orders = await self.application.db.orders_for(self.current_user.decode())
        self.write({"orders": orders})
