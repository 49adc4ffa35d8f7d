import os
import shutil

from pyramid.view import view_config


@view_config(route_name="upload", renderer="json", request_method="POST")
def upload(request):
    field = request.POST["file"]
    dest_path = os.path.join("/srv/files", field.filename)
    with open(dest_path, "wb") as out:
        shutil.copyfileobj(field.file, out)
    return {"ok": True}
