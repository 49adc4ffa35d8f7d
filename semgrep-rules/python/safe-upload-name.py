import io
import os
import re
import shutil
import uuid
from pathlib import Path
from typing import List

import aiofiles
import filetype
import magic
import PIL.Image
import starlette.datastructures
from aiohttp import hdrs
from django.conf import settings
from django.core.files.storage import default_storage, FileSystemStorage
from django.core.files.uploadedfile import UploadedFile
from fastapi import FastAPI, File, UploadFile
from flask import Flask, abort, request
from werkzeug.datastructures import FileStorage
from werkzeug.utils import secure_filename

app = Flask(__name__)
api = FastAPI()
UPLOAD_DIR = "/srv/uploads"
ALLOWED_TYPES = {"image/png", "image/jpeg"}


@app.route("/upload", methods=["POST"])
def flask_upload():
    file = request.files["file"]
    # ruleid: safe-upload-name-client-filename
    file.save(os.path.join(UPLOAD_DIR, file.filename))
    return "ok"


@app.route("/upload-direct", methods=["POST"])
def flask_upload_direct():
    # ruleid: safe-upload-name-client-filename
    request.files["file"].save(UPLOAD_DIR + "/" + request.files["file"].filename)


@app.route("/upload-consts", methods=["POST"])
def flask_upload_consts():
    upload = request.files.get("document")
    name = upload.filename
    target = f"{UPLOAD_DIR}/{name.lower()}"
    # ruleid: safe-upload-name-client-filename
    with open(target, "wb") as out:
        out.write(upload.read())


@app.route("/many", methods=["POST"])
def flask_many():
    for item in request.files.getlist("photos"):
        # ruleid: safe-upload-name-client-filename
        item.save(Path(UPLOAD_DIR) / item.filename)


@app.route("/secure", methods=["POST"])
def flask_secure():
    file = request.files["file"]
    # ok: safe-upload-name-client-filename
    file.save(os.path.join(UPLOAD_DIR, secure_filename(file.filename)))


@app.route("/random", methods=["POST"])
def flask_random():
    file = request.files["file"]
    stored = f"{uuid.uuid4().hex}.png"
    # ok: safe-upload-name-client-filename
    file.save(os.path.join(UPLOAD_DIR, stored))
    db.insert(original_name=file.filename, stored_as=stored)
    app.logger.info("stored %s", file.filename)


@app.route("/extension", methods=["POST"])
def flask_extension():
    file = request.files["file"]
    ext = os.path.splitext(file.filename)[1]
    # ok: safe-upload-name-client-filename
    file.save(os.path.join(UPLOAD_DIR, uuid.uuid4().hex + ext))


@app.route("/read", methods=["POST"])
def flask_read_only():
    file = request.files["file"]
    # ok: safe-upload-name-client-filename
    with open(os.path.join("templates", file.filename)) as template:
        return template.read()


def unrelated(file):
    # ok: safe-upload-name-client-filename
    with open(os.path.join(UPLOAD_DIR, file.filename), "w") as out:
        out.write("x")


@api.post("/files")
async def fastapi_upload(file: UploadFile = File(...)):
    # ruleid: safe-upload-name-client-filename
    async with aiofiles.open(f"{UPLOAD_DIR}/{file.filename}", "wb") as out:
        await out.write(await file.read())


@api.post("/files-path")
async def fastapi_pathlib(file: UploadFile):
    destination = Path(UPLOAD_DIR) / file.filename
    # ruleid: safe-upload-name-client-filename
    destination.write_bytes(await file.read())


@api.post("/files-copy")
def fastapi_copy(file: UploadFile):
    # ruleid: safe-upload-name-client-filename
    with open(os.path.join(UPLOAD_DIR, file.filename), mode="wb") as buffer:
        shutil.copyfileobj(file.file, buffer)


@api.post("/files-hash")
async def fastapi_hash(file: UploadFile):
    data = await file.read()
    digest = hashlib.sha256(data).hexdigest()
    # ok: safe-upload-name-client-filename
    (Path(UPLOAD_DIR) / digest).write_bytes(data)


@api.post("/form")
async def starlette_form(request):
    form = await request.form()
    upload = form["file"]
    # ruleid: safe-upload-name-client-filename
    with open(os.path.join(UPLOAD_DIR, upload.filename), "wb") as out:
        out.write(await upload.read())


def django_upload(request):
    f = request.FILES["file"]
    # ruleid: safe-upload-name-client-filename
    with open(os.path.join(settings.MEDIA_ROOT, f.name), "wb+") as destination:
        for chunk in f.chunks():
            destination.write(chunk)


def django_move(request):
    for f in request.FILES.getlist("attachments"):
        # ruleid: safe-upload-name-client-filename
        shutil.move(f.temporary_file_path(), os.path.join(settings.MEDIA_ROOT, f.name))


def django_storage(request):
    f = request.FILES["file"]
    # ok: safe-upload-name-client-filename
    default_storage.save(f.name, f)
    storage = FileSystemStorage()
    # ok: safe-upload-name-client-filename
    storage.save(f.name, f)


async def aiohttp_upload(request):
    reader = await request.multipart()
    field = await reader.next()
    # ruleid: safe-upload-name-client-filename
    with open(os.path.join(UPLOAD_DIR, field.filename), "wb") as out:
        out.write(await field.read())


class TornadoUpload(tornado.web.RequestHandler):
    def post(self):
        info = self.request.files["file"][0]
        # ruleid: safe-upload-name-client-filename
        with open("uploads/" + info["filename"], "wb") as out:
            out.write(info["body"])


def pyramid_upload(request):
    upload = request.POST["file"]
    # ruleid: safe-upload-name-client-filename
    os.rename(upload.file.name, os.path.join(UPLOAD_DIR, upload.filename))


@app.route("/avatar", methods=["POST"])
def flask_mime_only():
    file = request.files["avatar"]
    # ruleid: safe-upload-name-client-mime-type
    if file.mimetype not in ALLOWED_TYPES:
        abort(415)
    file.save(os.path.join(UPLOAD_DIR, uuid.uuid4().hex + ".png"))


@api.post("/avatar")
async def fastapi_mime_only(file: UploadFile):
    # ruleid: safe-upload-name-client-mime-type
    if not file.content_type.startswith("image/"):
        raise HTTPException(415)


def django_mime_only(request):
    f = request.FILES["file"]
    # ruleid: safe-upload-name-client-mime-type
    if f.content_type != "application/pdf":
        return HttpResponseBadRequest()


@app.route("/avatar-checked", methods=["POST"])
def flask_mime_and_magic():
    file = request.files["avatar"]
    # ok: safe-upload-name-client-mime-type
    if file.mimetype not in ALLOWED_TYPES:
        abort(415)
    head = file.stream.read(2048)
    if magic.from_buffer(head, mime=True) not in ALLOWED_TYPES:
        abort(415)


@api.post("/avatar-checked")
async def fastapi_mime_and_filetype(file: UploadFile):
    data = await file.read()
    # ok: safe-upload-name-client-mime-type
    if file.content_type == "image/png" and filetype.guess(data).mime == "image/png":
        return {"ok": True}


def mime_of_unrelated(obj):
    # ok: safe-upload-name-client-mime-type
    return obj.content_type == "application/json"


def django_helper(request):
    # todoruleid: safe-upload-name-client-filename
    handle_uploaded_file(request.FILES["file"])

# Short single-form cases: one source, sink, sanitizer or comparison each.


@app.route("/items", methods=["POST"])
def flask_items():
    for field, item in request.files.items():
        # ruleid: safe-upload-name-client-filename
        shutil.copy(item.stream.name, os.path.join(UPLOAD_DIR, item.filename))


def werkzeug_param(storage: FileStorage):
    # ruleid: safe-upload-name-client-filename
    Path(UPLOAD_DIR, storage.filename).open("wb")


async def starlette_param(upload: starlette.datastructures.UploadFile):
    # ruleid: safe-upload-name-client-filename
    os.replace("/tmp/upload", f"{UPLOAD_DIR}/{upload.filename}")


@api.post("/batch")
async def fastapi_list(files: List[UploadFile]):
    for item in files:
        # ruleid: safe-upload-name-client-filename
        (Path(UPLOAD_DIR) / item.filename).write_text("")


def django_get(request):
    name = request.FILES.get("file").name
    # ruleid: safe-upload-name-client-filename
    os.makedirs(os.path.join(settings.MEDIA_ROOT, name))


async def aiohttp_post(request):
    data = await request.post()
    upload = data["file"]
    # ruleid: safe-upload-name-client-filename
    shutil.copyfile(upload.file.name, UPLOAD_DIR + "/" + upload.filename)


class TornadoLoop(tornado.web.RequestHandler):
    def post(self):
        for info in self.request.files["file"]:
            # ruleid: safe-upload-name-client-filename
            open(f"uploads/{info['filename']}", mode="ab").write(info["body"])


@app.route("/basename", methods=["POST"])
def flask_basename():
    file = request.files["file"]
    # ok: safe-upload-name-client-filename
    file.save(os.path.join(UPLOAD_DIR, os.path.basename(file.filename)))


def django_valid_name(request):
    f = request.FILES["file"]
    # ok: safe-upload-name-client-filename
    open(os.path.join(settings.MEDIA_ROOT, default_storage.get_valid_name(f.name)), "wb")


@app.route("/move-out", methods=["POST"])
def flask_move_source():
    file = request.files["file"]
    # ok: safe-upload-name-client-filename
    shutil.move(os.path.join("/tmp", secure_filename(file.filename)), os.path.join(UPLOAD_DIR, uuid.uuid4().hex))


@app.route("/read-binary", methods=["POST"])
def flask_read_binary():
    file = request.files["file"]
    # ok: safe-upload-name-client-filename
    with open(os.path.join("samples", file.filename), "rb") as sample:
        return sample.read()


@app.route("/type-in-path", methods=["POST"])
def flask_mime_in_path():
    file = request.files["file"]
    # ok: safe-upload-name-client-filename
    file.save(os.path.join(UPLOAD_DIR, uuid.uuid4().hex + "." + file.mimetype.split("/")[-1]))


@app.route("/name-compare", methods=["POST"])
def flask_name_compared():
    file = request.files["file"]
    # ok: safe-upload-name-client-filename
    if file.filename == "avatar.png":
        abort(400)


@app.route("/reversed", methods=["POST"])
def flask_mime_reversed():
    file = request.files["file"]
    # ruleid: safe-upload-name-client-mime-type
    if "image/png" != file.mimetype:
        abort(415)


@app.route("/regex", methods=["POST"])
def flask_mime_regex():
    file = request.files.get("file")
    # ruleid: safe-upload-name-client-mime-type
    if not re.fullmatch(r"image/(png|jpeg)", file.content_type):
        abort(415)


async def aiohttp_mime(request):
    reader = await request.multipart()
    async for part in reader:
        # ruleid: safe-upload-name-client-mime-type
        if part.type.endswith("/pdf"):
            await part.read()


@app.route("/sanitised-but-mime", methods=["POST"])
def flask_secure_name_mime_only():
    file = request.files["file"]
    # ruleid: safe-upload-name-client-mime-type
    if file.mimetype in ALLOWED_TYPES:
        # ok: safe-upload-name-client-filename
        file.save(os.path.join(UPLOAD_DIR, secure_filename(file.filename)))


@app.route("/mime-flow", methods=["POST"])
def flask_mime_flow():
    file = request.files["file"]
    # ruleid: safe-upload-name-client-mime-type
    accepted = file.mimetype in ALLOWED_TYPES
    # ok: safe-upload-name-client-mime-type
    if accepted == True:
        kind = file.mimetype
        # ruleid: safe-upload-name-client-mime-type
        if kind.startswith("image/"):
            return "ok"


def django_mime_and_pil(request):
    f = request.FILES["file"]
    # ok: safe-upload-name-client-mime-type
    if f.content_type.startswith("image/"):
        PIL.Image.open(f).verify()


def django_typed_mime(upload: UploadedFile):
    # ruleid: safe-upload-name-client-mime-type
    return upload.content_type in ALLOWED_TYPES


async def fastapi_mime_normalised(file: UploadFile):
    # ruleid: safe-upload-name-client-mime-type
    if file.content_type.lower() not in ALLOWED_TYPES:
        raise HTTPException(415)



# ---- a file Semgrep 1.180 once failed to parse with this rule (`Invalid_argument: String.sub`): no finding, no error
def write_fixture(p: Path):
    # ok: safe-upload-name-client-filename
    p.write_bytes(b"X" * len(b"PDF-CONTENT"))
    # ok: safe-upload-name-client-mime-type
    return p.suffix == b"X" * 3


# ---- held-out patterns: path helpers, Django helpers fed chunks, aiohttp and DRF containers, form and serializer
# validators, declared types read from part headers or passed to a check helper

def destination_for(upload: UploadFile) -> Path:
    # ruleid: safe-upload-name-client-filename
    return Path(UPLOAD_DIR) / upload.filename


def save_chunks(f, folder):
    target = os.path.join(settings.MEDIA_ROOT, folder, f.name)
    # ruleid: safe-upload-name-client-filename
    with open(target, "wb+") as out:
        for chunk in f.chunks():
            out.write(chunk)


def describe(f):
    # ok: safe-upload-name-client-filename
    with open(os.path.join(UPLOAD_DIR, f.name), "wb") as out:
        out.write(b"")


async def aiohttp_form_field(request):
    form = await request.post()
    field = form.get("recording")
    target = os.path.join(UPLOAD_DIR, field.filename)
    # ruleid: safe-upload-name-client-filename
    with open(target, "wb") as out:
        shutil.copyfileobj(field.file, out)


def drf_bulk(request):
    uploads = request.FILES.getlist("invoices")
    for invoice in uploads:
        # ruleid: safe-upload-name-client-filename
        with (Path(UPLOAD_DIR) / invoice.name).open("wb") as fh:
            fh.write(invoice.read())


class ResumeForm:
    def clean_file(self):
        upload = self.cleaned_data.get("file")
        # ruleid: safe-upload-name-client-mime-type
        if upload and upload.content_type not in ALLOWED_TYPES:
            raise ValueError("pdf only")
        return upload


class ContractSerializer:
    def validate_contract(self, value):
        # ruleid: safe-upload-name-client-mime-type
        if value.content_type != "application/pdf":
            raise ValueError("pdf only")
        return value


async def aiohttp_part_header(request):
    reader = await request.multipart()
    part = await reader.next()
    declared = part.headers.get(hdrs.CONTENT_TYPE, "")
    # ruleid: safe-upload-name-client-mime-type
    if declared not in ALLOWED_TYPES:
        raise ValueError("pdf only")


def allowed_image(mimetype):
    return mimetype in ALLOWED_TYPES


@app.route("/helper-check", methods=["POST"])
def flask_helper_check():
    file = request.files.get("image")
    # ruleid: safe-upload-name-client-mime-type
    if not allowed_image(file.mimetype):
        abort(415)


@api.post("/either-check")
async def fastapi_or_check(image: UploadFile = File(...)):
    # ruleid: safe-upload-name-client-mime-type
    if not image.content_type or not image.content_type.startswith("image/"):
        raise HTTPException(400)


@api.post("/pil-in-try")
async def fastapi_pil_in_try(image: UploadFile = File(...)):
    # ok: safe-upload-name-client-mime-type
    if not image.content_type.startswith("image/"):
        raise HTTPException(400)
    data = await image.read()
    try:
        with PIL.Image.open(io.BytesIO(data)) as probe:
            probe.verify()
    except OSError:
        raise HTTPException(400)


# --- uploads handed to a helper of the same file (taint does not cross functions; matching the call with the
# definition made the pack several times slower on large modules) ------------------------------------


def is_audio(storage):
    family = (storage.mimetype or "").partition("/")[0]
    # todoruleid: safe-upload-name-client-mime-type
    return family == "audio"


def audio_bytes_are_wav(storage):
    head = storage.stream.read(2048)
    storage.stream.seek(0)
    # ok: safe-upload-name-client-mime-type
    return magic.from_buffer(head, mime=True) == "audio/wav" and storage.mimetype == "audio/wav"


def store_recording(storage):
    # todoruleid: safe-upload-name-client-filename
    storage.save(os.path.join(UPLOAD_DIR, storage.filename))


def store_recording_safely(storage):
    # ok: safe-upload-name-client-filename
    storage.save(os.path.join(UPLOAD_DIR, secure_filename(storage.filename)))


def is_json_reply(reply):
    # ok: safe-upload-name-client-mime-type
    return reply.content_type == "application/json"


@app.post("/recordings")
def upload_recording():
    recording = request.files.get("recording")
    if recording is None or not is_audio(recording) or not audio_bytes_are_wav(recording):
        abort(415)
    store_recording(recording)
    store_recording_safely(request.files["recording"])
    return {"stored": True}


def describe_upload(request):
    voice = request.FILES["voice"]
    if not has_voice_type(voice):
        return HttpResponseBadRequest()
    return JsonResponse({"size": voice.size})


def has_voice_type(upload):
    # todoruleid: safe-upload-name-client-mime-type
    return upload.content_type in ("audio/ogg", "audio/webm")


# --- Starlette form() with options ---------------------------------------------------------------


async def starlette_limited_form(request):
    async with request.form(max_files=1) as form:
        attachment = form.get("attachment")
        target = Path(UPLOAD_DIR) / attachment.filename
        # ruleid: safe-upload-name-client-filename
        target.write_bytes(await attachment.read())
        # ok: safe-upload-name-client-filename
        (Path(UPLOAD_DIR) / f"{uuid.uuid4().hex}.bin").write_bytes(await attachment.read())
