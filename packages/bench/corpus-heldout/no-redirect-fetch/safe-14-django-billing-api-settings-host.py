# pattern: Django view calling an internal billing service whose base URL comes from settings (settings.PREVIEW_SERVICE_URL idiom from code search)
import requests
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import Http404, JsonResponse


@login_required
def invoice_detail(request, invoice_id: int):
    base = settings.BILLING_API_URL.rstrip("/")
    resp = requests.get(
        f"{base}/v1/invoices/{invoice_id}",
        params={"customer": request.user.billing_customer_id},
        headers={"X-Api-Key": settings.BILLING_API_KEY},
        timeout=5,
    )
    if resp.status_code == 404:
        raise Http404("invoice not found")
    resp.raise_for_status()
    return JsonResponse(resp.json())
