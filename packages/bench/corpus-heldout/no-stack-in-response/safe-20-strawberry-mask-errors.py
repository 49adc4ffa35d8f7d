# pattern: strawberry Schema.process_errors override logging tracebacks (meritrank_service ErrorEnabledSchema) plus the MaskErrors extension
import logging
import traceback

import strawberry
from fastapi import FastAPI
from strawberry.extensions import MaskErrors
from strawberry.fastapi import GraphQLRouter

from .resolvers import Mutation, Query

LOGGER = logging.getLogger(__name__)


class LoggingSchema(strawberry.Schema):
    def process_errors(self, errors, execution_context=None) -> None:
        for error in errors:
            err = error.original_error
            if err is not None:
                LOGGER.error("".join(traceback.format_exception(type(err), err, err.__traceback__)))
            else:
                LOGGER.warning("GraphQL error: %s", error.message)


schema = LoggingSchema(query=Query, mutation=Mutation, extensions=[MaskErrors()])
app = FastAPI()
app.include_router(GraphQLRouter(schema), prefix="/graphql")
