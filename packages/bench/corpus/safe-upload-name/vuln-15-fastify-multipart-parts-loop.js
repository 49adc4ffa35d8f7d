const fs = require('fs');
const { pipeline } = require('stream/promises');

module.exports = async function routes(fastify) {
  fastify.post('/gallery', async (request) => {
    const saved = [];
    for await (const part of request.files()) {
      const target = 'gallery/' + part.filename;
      await pipeline(part.file, fs.createWriteStream(target));
      saved.push(target);
    }
    return { saved };
  });
};
