# pattern: Django connection.cursor().execute with a module-level query built from constants and %s parameters (Django 'Executing custom SQL directly' docs; eticialima/codetips django_raw.py)
from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import JsonResponse

HEADCOUNT_SQL = (
    "SELECT d.id, d.name, COUNT(e.id) AS headcount "
    "FROM hr_department d LEFT JOIN hr_employee e ON e.department_id = d.id AND e.active "
)


def dictfetchall(cursor):
    columns = [col[0] for col in cursor.description]
    return [dict(zip(columns, row)) for row in cursor.fetchall()]


@login_required
def department_headcount(request):
    company_id = request.user.profile.company_id
    min_size = int(request.GET.get("min", 0))
    with connection.cursor() as cursor:
        cursor.execute(
            HEADCOUNT_SQL + "WHERE d.company_id = %s GROUP BY d.id, d.name HAVING COUNT(e.id) >= %s ORDER BY d.name",
            [company_id, min_size],
        )
        rows = dictfetchall(cursor)
    return JsonResponse({"departments": rows})
