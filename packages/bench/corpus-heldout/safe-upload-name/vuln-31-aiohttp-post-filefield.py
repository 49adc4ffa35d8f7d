# pattern: aiohttp docs store_mp3_handler (await request.post(), FileField.filename / .file) — flaw at line 21
import os
import shutil

from aiohttp import web

from .config import RECORDINGS_DIR


class RecordingView(web.View):
    async def post(self) -> web.Response:
        data = await self.request.post()
        recording = data.get("recording")
        if not isinstance(recording, web.FileField):
            raise web.HTTPBadRequest(text="recording must be a file")

        room_id = int(self.request.match_info["room_id"])
        filename = recording.filename
        target = os.path.join(RECORDINGS_DIR, str(room_id), filename)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "wb") as out:
            shutil.copyfileobj(recording.file, out)

        return web.json_response({"room": room_id, "file": filename})


def setup_routes(app: web.Application) -> None:
    app.router.add_view(r"/rooms/{room_id:\d+}/recordings", RecordingView)
