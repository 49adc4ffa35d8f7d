# pattern: Django JSON view returning ValidationError messages with 400 and a generic 500 after logger.exception
import json
import logging

from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Order
from .services import charge_order

logger = logging.getLogger(__name__)


@login_required
@require_POST
def checkout(request, order_id):
    try:
        order = Order.objects.get(pk=order_id, customer=request.user)
    except Order.DoesNotExist:
        return JsonResponse({"error": "order not found"}, status=404)

    body = json.loads(request.body or "{}")
    try:
        receipt = charge_order(order, payment_method=body.get("payment_method"))
    except ValidationError as e:
        return JsonResponse({"error": str(e)}, status=400)
    except Exception:
        logger.exception("checkout failed for order %s", order.pk)
        return JsonResponse({"error": "payment could not be processed"}, status=500)

    return JsonResponse({"receipt": receipt.number, "total": str(order.total)})
