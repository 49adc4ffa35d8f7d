// pattern: Next.js pages-router API with formidable v3 renaming to originalFilename (Abhay2133/np routes/uploads.js; formidable README); flaw at line 22
import type { NextApiRequest, NextApiResponse } from "next";
import formidable, { type File } from "formidable";
import { promises as fs } from "fs";
import path from "path";

export const config = { api: { bodyParser: false } };

const uploadDir = path.join(process.cwd(), "public", "uploads");

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();

  await fs.mkdir(uploadDir, { recursive: true });
  const form = formidable({ uploadDir, maxFileSize: 5 * 1024 * 1024 });
  const [, files] = await form.parse(req);

  const file = (Array.isArray(files.file) ? files.file[0] : files.file) as File | undefined;
  if (!file) return res.status(400).json({ error: "No file" });

  const finalPath = path.join(uploadDir, file.originalFilename ?? file.newFilename);
  await fs.rename(file.filepath, finalPath);

  res.status(200).json({ url: `/uploads/${path.basename(finalPath)}` });
}
