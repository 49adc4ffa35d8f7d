# pattern: Starlette form upload (await request.form()) with an extension allowlist on the client name, stored as uuid4 + fixed suffix
import csv
import io
import os
import uuid

import aiofiles
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

REPORTS_DIR = "/app/media/reports"


async def upload_report(request: Request) -> JSONResponse:
    form = await request.form()
    upload_file = form.get("report")
    if upload_file is None or not upload_file.filename:
        return JSONResponse({"error": "missing form field 'report'"}, status_code=400)

    if os.path.splitext(upload_file.filename)[1].lower() != ".csv":
        return JSONResponse({"error": "reports must be CSV"}, status_code=400)

    raw = await upload_file.read()
    try:
        header = next(csv.reader(io.StringIO(raw.decode("utf-8"))))
    except (UnicodeDecodeError, StopIteration, csv.Error):
        return JSONResponse({"error": "not a readable CSV file"}, status_code=400)

    out_path = os.path.join(REPORTS_DIR, f"{uuid.uuid4()}.csv")
    async with aiofiles.open(out_path, "wb") as out:
        await out.write(raw)

    return JSONResponse({"columns": header, "original": upload_file.filename})


app = Starlette(routes=[Route("/reports", upload_report, methods=["POST"])])
