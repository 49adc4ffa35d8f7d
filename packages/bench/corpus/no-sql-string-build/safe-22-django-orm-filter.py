from django.db.models import Q
from django.http import JsonResponse

from .models import Customer


def search_customers(request):
    term = request.GET.get("q", "")
    customers = Customer.objects.filter(Q(name__icontains=term) | Q(email__icontains=term))
    return JsonResponse({"results": list(customers.values("id", "name"))})
