import psycopg2
from django.http import JsonResponse

conn = psycopg2.connect("dbname=shop")


def orders_for_customer(request):
    customer = request.GET["customer"]
    with conn.cursor() as cur:
        cur.execute("SELECT id, total FROM orders WHERE customer_email = %s", (customer,))
        orders = cur.fetchall()
    return JsonResponse({"orders": orders})
