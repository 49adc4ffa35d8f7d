// pattern: node-formidable/formidable v3 in a Next.js pages/api route (bodyParser: false, form.parse + fs.rename); flaw at line 37
import formidable from 'formidable';
import fs from 'fs/promises';
import path from 'path';

export const config = {
  api: {
    bodyParser: false,
  },
};

const uploadDir = path.join(process.cwd(), 'public', 'uploads');

function parseForm(req) {
  const form = formidable({ maxFileSize: 20 * 1024 * 1024 });
  return new Promise((resolve, reject) => {
    form.parse(req, (err, fields, files) => {
      if (err) reject(err);
      else resolve({ fields, files });
    });
  });
}

export default async function handler(req, res) {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return res.status(405).end();
  }

  const { files } = await parseForm(req);
  const file = Array.isArray(files.file) ? files.file[0] : files.file;
  if (!file) {
    return res.status(400).json({ message: 'No file received' });
  }

  await fs.mkdir(uploadDir, { recursive: true });
  const destination = path.join(uploadDir, file.originalFilename);
  await fs.rename(file.filepath, destination);

  return res.status(200).json({ url: `/uploads/${file.originalFilename}` });
}
