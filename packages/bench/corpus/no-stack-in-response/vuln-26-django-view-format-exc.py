import traceback

from django.http import JsonResponse

from .models import Invoice


def invoice_detail(request, pk):
    try:
        invoice = Invoice.objects.get(pk=pk)
        return JsonResponse({"id": invoice.pk, "total": str(invoice.total)})
    except Exception:
        return JsonResponse({"error": traceback.format_exc()}, status=500)
