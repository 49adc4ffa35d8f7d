# pattern: DRF APIView running reporting SQL through django.db.connection with a WHERE clause appended piece by piece — flaw at line 22
from django.db import connection
from rest_framework.permissions import IsAdminUser
from rest_framework.response import Response
from rest_framework.views import APIView


class TicketStatsView(APIView):
    permission_classes = [IsAdminUser]

    def get(self, request):
        sql = "SELECT status, COUNT(*) FROM helpdesk_ticket WHERE 1=1"
        status_filter = request.query_params.get("status")
        queue = request.query_params.get("queue")
        if status_filter:
            sql += " AND status = '%s'" % status_filter
        if queue:
            sql += " AND queue_id = %d" % int(queue)
        sql += " GROUP BY status"

        with connection.cursor() as cursor:
            cursor.execute(sql)
            counts = dict(cursor.fetchall())
        return Response({"counts": counts})
