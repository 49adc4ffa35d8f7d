// pattern: mercurius plugin options errorFormatter(execution, context) returning { statusCode, response }; flaw at line 17
'use strict'

const fp = require('fastify-plugin')
const mercurius = require('mercurius')
const { schema, resolvers, loaders } = require('../graphql')

function errorFormatter (execution, context) {
  const errors = execution.errors.map((e) => {
    context.reply.log.error({ err: e.originalError || e }, 'graphql error')
    return {
      message: e.message,
      locations: e.locations,
      path: e.path,
      extensions: {
        code: (e.extensions && e.extensions.code) || 'INTERNAL_SERVER_ERROR',
        stack: e.originalError ? e.originalError.stack : e.stack
      }
    }
  })

  return {
    statusCode: 200,
    response: { data: execution.data || null, errors }
  }
}

module.exports = fp(async function graphqlPlugin (fastify) {
  fastify.register(mercurius, {
    schema,
    resolvers,
    loaders,
    graphiql: false,
    errorFormatter
  })
})
