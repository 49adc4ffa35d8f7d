# pattern: strawberry GraphQLRouter.process_result override with a format_error helper (strawberry integrations/fastapi docs) — flaw at line 20
import traceback

import strawberry
from fastapi import FastAPI
from graphql import GraphQLError
from strawberry.fastapi import GraphQLRouter
from strawberry.http import GraphQLHTTPResponse
from strawberry.types import ExecutionResult

from .resolvers import Mutation, Query


def format_error(error: GraphQLError) -> dict:
    formatted = error.formatted
    original = error.original_error
    if original is not None:
        formatted.setdefault("extensions", {})["exception"] = {
            "type": type(original).__name__,
            "stacktrace": traceback.format_exception(type(original), original, original.__traceback__),
        }
    return formatted


class AppGraphQLRouter(GraphQLRouter):
    async def process_result(self, request, result: ExecutionResult) -> GraphQLHTTPResponse:
        data: GraphQLHTTPResponse = {"data": result.data}
        if result.errors:
            data["errors"] = [format_error(err) for err in result.errors]
        return data


schema = strawberry.Schema(query=Query, mutation=Mutation)
app = FastAPI()
app.include_router(AppGraphQLRouter(schema), prefix="/graphql")
