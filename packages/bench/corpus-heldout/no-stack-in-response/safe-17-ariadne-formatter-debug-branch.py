# pattern: Ariadne error_formatter delegating to format_error(error, debug) only in debug (VictorAugustoBarros/Flashcards-API graphql_error.py)
import os

from ariadne import format_error, load_schema_from_path, make_executable_schema
from ariadne.asgi import GraphQL
from graphql import GraphQLError

from .resolvers import mutation, query

DEBUG = os.environ.get("APP_ENV") == "development"

type_defs = load_schema_from_path("schema.graphql")
schema = make_executable_schema(type_defs, query, mutation)


def graphql_format_error(error: GraphQLError, debug: bool = False) -> dict:
    if debug:
        return format_error(error, debug)

    formatted = error.formatted
    if error.original_error is not None:
        formatted["message"] = "Internal server error"
    formatted.pop("extensions", None)
    return formatted


graphql_app = GraphQL(schema, debug=DEBUG, error_formatter=graphql_format_error)
