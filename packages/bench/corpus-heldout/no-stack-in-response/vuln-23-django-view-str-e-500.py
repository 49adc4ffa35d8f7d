# pattern: Django JSON view / morderboy/django_cars addons.py tryexception (JsonResponse({'error': str(e)}, status=500)) — flaw at line 24
import json

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Order
from .services import charge_order


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
    except Exception as e:
        return JsonResponse({"error": str(e)}, status=500)

    return JsonResponse({"receipt": receipt.number, "total": str(order.total)})
