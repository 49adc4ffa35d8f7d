# pattern: DRF APIView querying a legacy MySQL database with pymysql and + concatenation (pymysql README example adapted in Django REST views); flaw: line 17
import pymysql
from django.conf import settings
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView


class OrderHistoryView(APIView):
    permission_classes = [IsAuthenticated]

    def get(self, request, customer_id):
        status_filter = request.query_params.get("status", "shipped")
        conn = pymysql.connect(cursorclass=pymysql.cursors.DictCursor, **settings.LEGACY_DB)
        try:
            with conn.cursor() as cursor:
                sql = (
                    "SELECT order_no, total, status, placed_at FROM orders WHERE customer_id = "
                    + str(customer_id)
                    + " AND status = '"
                    + status_filter
                    + "' ORDER BY placed_at DESC"
                )
                cursor.execute(sql)
                rows = cursor.fetchall()
        finally:
            conn.close()
        return Response(rows)
