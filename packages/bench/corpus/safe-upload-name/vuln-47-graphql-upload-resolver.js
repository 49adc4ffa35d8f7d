const { createWriteStream } = require('fs');
const { finished } = require('stream/promises');
const path = require('path');

const UPLOAD_DIR = path.join(__dirname, '..', 'uploads');

module.exports = {
  Mutation: {
    async singleUpload(_parent, { file }) {
      const { createReadStream, filename, mimetype } = await file;
      const out = createWriteStream(path.join(UPLOAD_DIR, filename));
      createReadStream().pipe(out);
      await finished(out);
      return { filename, mimetype };
    },
  },
};
