# pattern: Django function view returning JsonResponse({'status': 'error', 'message': str(e)}, status=500) in a broad except (Django JSON API views in public repos); flaw: line 24
import json

from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Cart, Order
from .payments import charge_card


@login_required
@require_POST
def checkout(request):
    try:
        payload = json.loads(request.body)
        with transaction.atomic():
            cart = Cart.objects.select_for_update().get(user=request.user)
            order = Order.objects.create_from_cart(cart)
            charge_card(order, payload["payment_token"])
        return JsonResponse({"status": "ok", "order_id": order.pk})
    except Exception as e:
        return JsonResponse({"status": "error", "message": str(e)}, status=500)
