# pattern: DRF APIView with a serializers.URLField (format-only validation) feeding requests.get (DataCollectorSerializer destination_url idiom from code search); flaw: line 22
import feedparser
import requests
from rest_framework import serializers
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView


class FeedPreviewSerializer(serializers.Serializer):
    feed_url = serializers.URLField()
    limit = serializers.IntegerField(min_value=1, max_value=20, default=5)


class FeedPreviewView(APIView):
    permission_classes = [IsAuthenticated]

    def post(self, request):
        serializer = FeedPreviewSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        feed_url = serializer.validated_data["feed_url"]
        resp = requests.get(feed_url, timeout=10, allow_redirects=False)
        parsed = feedparser.parse(resp.content)
        entries = [
            {"title": e.get("title"), "link": e.get("link")}
            for e in parsed.entries[: serializer.validated_data["limit"]]
        ]
        return Response({"title": parsed.feed.get("title"), "entries": entries})
