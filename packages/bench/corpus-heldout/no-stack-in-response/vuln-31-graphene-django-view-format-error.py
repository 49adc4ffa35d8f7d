# pattern: graphene_django GraphQLView subclass with @staticmethod format_error (schmsoft-api infrastructure/views.py) — flaw at line 17
import traceback

from django.urls import path
from django.views.decorators.csrf import csrf_exempt
from graphene_django.views import GraphQLView as BaseGraphQLView


class GraphQLView(BaseGraphQLView):
    @staticmethod
    def format_error(error):
        formatted_error = BaseGraphQLView.format_error(error)
        original = getattr(error, "original_error", None)
        if original is not None:
            formatted_error["context"] = {
                "exception": original.__class__.__name__,
                "traceback": traceback.format_tb(original.__traceback__),
            }
        return formatted_error


urlpatterns = [
    path("graphql/", csrf_exempt(GraphQLView.as_view(graphiql=True))),
]
