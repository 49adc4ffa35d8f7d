# pattern: Ariadne error_formatter passed to ariadne.asgi.GraphQL (GreedSource/flask-graphql custom_format_error) — flaw at line 20
import traceback

from ariadne import load_schema_from_path, make_executable_schema, snake_case_fallback_resolvers
from ariadne.asgi import GraphQL
from graphql import GraphQLError

from .resolvers import mutation, query

type_defs = load_schema_from_path("schema.graphql")
schema = make_executable_schema(type_defs, query, mutation, snake_case_fallback_resolvers)


def custom_format_error(error: GraphQLError, debug: bool = False) -> dict:
    formatted = error.formatted
    exc = error.original_error
    if exc is not None:
        formatted["extensions"] = {
            "code": "INTERNAL_SERVER_ERROR",
            "stacktrace": "".join(traceback.format_tb(exc.__traceback__)),
        }
    return formatted


graphql_app = GraphQL(schema, debug=False, error_formatter=custom_format_error)
