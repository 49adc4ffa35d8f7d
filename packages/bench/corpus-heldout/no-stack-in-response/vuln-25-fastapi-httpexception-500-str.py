# pattern: FastAPI routers raising HTTPException(status_code=500, detail=str(e)) in except blocks (vaishnavi3103/AI-chatbot error_handler) — flaw at line 22
from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel
from sqlalchemy.orm import Session

from app.db import get_db
from app.services.reports import build_report

router = APIRouter(prefix="/reports", tags=["reports"])


class ReportRequest(BaseModel):
    account_id: int
    month: str


@router.post("/")
def create_report(req: ReportRequest, db: Session = Depends(get_db)):
    try:
        report = build_report(db, req.account_id, req.month)
    except Exception as e:
        raise HTTPException(status_code=500, detail=str(e)) from e
    return {"report_id": report.id, "rows": report.row_count}
