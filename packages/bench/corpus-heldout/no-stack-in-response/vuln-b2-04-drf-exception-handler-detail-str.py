# pattern: DRF EXCEPTION_HANDLER that wraps unhandled exceptions as Response({'detail': str(exc), 'type': ...}, status=500) (coderr/exceptions.py custom_exception_handler in a public DRF project); flaw: line 20
import logging

from rest_framework import status
from rest_framework.response import Response
from rest_framework.views import exception_handler

logger = logging.getLogger("api")


def custom_exception_handler(exc, context):
    response = exception_handler(exc, context)

    if response is None:
        view = context.get("view")
        logger.error("Unhandled exception in %s", view.__class__.__name__ if view else "unknown view")
        return Response(
            {
                "error": "An unexpected error occurred",
                "detail": str(exc),
                "type": type(exc).__name__,
            },
            status=status.HTTP_500_INTERNAL_SERVER_ERROR,
        )

    response.data = {"error": response.data, "status_code": response.status_code}
    return response
