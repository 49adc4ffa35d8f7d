from django.http import JsonResponse


def session_info(request):
    response = JsonResponse({"user": request.user.username})
    response["Access-Control-Allow-Origin"] = request.headers.get("Origin")
    response["Access-Control-Allow-Credentials"] = "true"
    return response
