# pattern: aiohttp class-based web.View raising web.HTTPInternalServerError(text=...) from an except block — flaw at line 21
import logging

from aiohttp import web

from .storage import ObjectStore

log = logging.getLogger(__name__)


class ThumbnailView(web.View):
    async def get(self) -> web.Response:
        key = self.request.match_info["key"]
        store: ObjectStore = self.request.app["store"]
        try:
            data = await store.thumbnail(key, size=int(self.request.query.get("size", 256)))
        except KeyError:
            raise web.HTTPNotFound(text="no such object")
        except Exception as e:
            log.error("thumbnail failed for %s: %s", key, e)
            raise web.HTTPInternalServerError(text=str(e))
        return web.Response(body=data, content_type="image/webp")
