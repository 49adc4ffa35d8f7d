# pattern: FastAPI route raising HTTPException(status_code=500, detail=f"...: {e}") from a broad except (common FastAPI upload / processing endpoints); flaw: line 20
import logging

import pandas as pd
from fastapi import APIRouter, File, HTTPException, UploadFile

from app.services.forecast import run_forecast

router = APIRouter(prefix="/forecast", tags=["forecast"])
logger = logging.getLogger(__name__)


@router.post("/csv")
async def forecast_from_csv(file: UploadFile = File(...)):
    try:
        df = pd.read_csv(file.file)
        result = run_forecast(df, horizon=30)
    except Exception as e:
        logger.warning("forecast failed for %s", file.filename)
        raise HTTPException(status_code=500, detail=f"Forecast failed: {e}")
    return {"rows": len(df), "forecast": result}
