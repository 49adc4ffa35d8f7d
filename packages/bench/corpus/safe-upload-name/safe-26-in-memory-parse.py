import csv
import io

from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/import")
async def import_csv(file: UploadFile):
    text = (await file.read()).decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    return {"rows": len(rows), "source": file.filename}
