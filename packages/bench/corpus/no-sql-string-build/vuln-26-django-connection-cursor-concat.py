from django.db import connection
from django.http import JsonResponse


def stock_level(request, warehouse):
    sku = request.GET["sku"]
    with connection.cursor() as cursor:
        cursor.execute("SELECT quantity FROM inventory WHERE warehouse = %s AND sku = '" + sku + "'", [warehouse])
        row = cursor.fetchone()
    return JsonResponse({"quantity": row[0] if row else 0})
