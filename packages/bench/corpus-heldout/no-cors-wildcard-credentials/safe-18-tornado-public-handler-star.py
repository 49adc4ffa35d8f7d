# pattern: tornado RequestHandler.set_default_headers with Access-Control-Allow-Origin '*' (FedoraTipper/AMS-Project src/handlers/headers.py)
import tornado.web


class PublicApiHandler(tornado.web.RequestHandler):
    def set_default_headers(self):
        self.set_header("Access-Control-Allow-Origin", "*")
        self.set_header("Access-Control-Allow-Headers", "content-type")
        self.set_header("Access-Control-Allow-Methods", "GET, OPTIONS")

    def options(self, *args, **kwargs):
        self.set_status(204)
        self.finish()


class ExchangeRatesHandler(PublicApiHandler):
    async def get(self, base: str):
        rates = await self.application.rates.latest(base.upper())
        self.write({"base": base.upper(), "rates": rates})


def make_app() -> tornado.web.Application:
    return tornado.web.Application([(r"/v1/rates/([A-Za-z]{3})", ExchangeRatesHandler)])
