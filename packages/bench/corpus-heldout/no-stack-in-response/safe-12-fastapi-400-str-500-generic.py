# pattern: FastAPI router mapping ValueError to HTTPException(400, str(e)) and everything else to a generic 500
import logging

from fastapi import APIRouter, Depends, HTTPException, status
from pydantic import BaseModel
from sqlalchemy.orm import Session

from app.db import get_db
from app.services.reports import build_report

logger = logging.getLogger(__name__)
router = APIRouter(prefix="/reports", tags=["reports"])


class ReportRequest(BaseModel):
    account_id: int
    month: str


@router.post("/")
def create_report(req: ReportRequest, db: Session = Depends(get_db)):
    try:
        report = build_report(db, req.account_id, req.month)
    except ValueError as e:
        raise HTTPException(status_code=status.HTTP_400_BAD_REQUEST, detail=str(e))
    except Exception as e:
        logger.exception("report generation failed")
        raise HTTPException(
            status_code=status.HTTP_500_INTERNAL_SERVER_ERROR,
            detail="Report could not be generated",
        ) from e
    return {"report_id": report.id, "rows": report.row_count}
