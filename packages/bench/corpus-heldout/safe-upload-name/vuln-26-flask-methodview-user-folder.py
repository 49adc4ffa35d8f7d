# pattern: Flask MethodView API + werkzeug FileStorage.save (per-user folder layout seen in Flask upload blueprints) — flaw at line 30
import os

from flask import current_app, g, jsonify, request
from flask.views import MethodView

from .auth import token_required


class AttachmentAPI(MethodView):
    decorators = [token_required]

    def _user_dir(self):
        base = current_app.config["ATTACHMENT_ROOT"]
        path = os.path.join(base, str(g.user.id))
        os.makedirs(path, exist_ok=True)
        return path

    def get(self):
        names = sorted(os.listdir(self._user_dir()))
        return jsonify({"attachments": names})

    def post(self):
        storage = request.files.get("attachment")
        if storage is None:
            return jsonify({"error": "attachment is required"}), 400

        name = storage.filename
        dest = os.path.join(self._user_dir(), name)
        storage.save(dest)
        return jsonify({"saved": name}), 201


def register(app):
    app.add_url_rule("/api/attachments", view_func=AttachmentAPI.as_view("attachments"))
