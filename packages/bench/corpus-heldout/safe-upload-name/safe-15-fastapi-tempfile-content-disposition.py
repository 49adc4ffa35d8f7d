# pattern: FastAPI UploadFile converted through a NamedTemporaryFile; client filename only echoed in Content-Disposition
import subprocess
import tempfile
from pathlib import Path

from fastapi import FastAPI, File, HTTPException, UploadFile
from fastapi.responses import FileResponse
from starlette.background import BackgroundTask

app = FastAPI()


@app.post("/convert/pdf")
async def convert_to_pdf(document: UploadFile = File(...)):
    workdir = Path(tempfile.mkdtemp(prefix="convert_"))
    with tempfile.NamedTemporaryFile(dir=workdir, suffix=".docx", delete=False) as tmp:
        tmp.write(await document.read())
        source = Path(tmp.name)

    result = subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(workdir), str(source)],
        capture_output=True,
        timeout=120,
    )
    if result.returncode != 0:
        raise HTTPException(status_code=422, detail="Document could not be converted")

    stem = Path(document.filename or "document").stem
    return FileResponse(
        source.with_suffix(".pdf"),
        media_type="application/pdf",
        filename=f"{stem}.pdf",
        background=BackgroundTask(lambda: [p.unlink() for p in workdir.iterdir()]),
    )
