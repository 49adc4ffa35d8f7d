import logging
import traceback

from django.http import JsonResponse

logger = logging.getLogger(__name__)


def export(request):
    try:
        return JsonResponse({"rows": 10})
    except Exception:
        logger.error(traceback.format_exc())
        return JsonResponse({"error": "export failed"}, status=500)
