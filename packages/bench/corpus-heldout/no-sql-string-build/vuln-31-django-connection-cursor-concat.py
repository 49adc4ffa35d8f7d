# pattern: Django connection.cursor() custom SQL (topics/db/sql "Executing custom SQL directly") with concatenated input — flaw at line 21
from django.contrib.admin.views.decorators import staff_member_required
from django.db import connection
from django.http import JsonResponse


def dictfetchall(cursor):
    columns = [col[0] for col in cursor.description]
    return [dict(zip(columns, row)) for row in cursor.fetchall()]


@staff_member_required
def revenue_by_day(request):
    start = request.GET.get("start", "2024-01-01")
    end = request.GET.get("end", "2024-12-31")
    sql = (
        "SELECT DATE(created_at) AS day, SUM(amount) AS revenue FROM billing_payment "
        "WHERE created_at BETWEEN '" + start + "' AND '" + end + "' GROUP BY day ORDER BY day"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql)
        rows = dictfetchall(cursor)
    return JsonResponse({"rows": rows})
