// pattern: Express route validating a document URL with a regex on the raw string before got (sindresorhus/got README; OWASP SSRF prevention notes); flaw at line 17
import { Router, type Request, type Response } from "express";
import got from "got";
import { extractText } from "../lib/pdf";

const TRUSTED_STORAGE = /^https:\/\/[a-z0-9-]+\.blob\.core\.windows\.net\//;

export const documentsRouter = Router();

documentsRouter.post("/documents/ingest", async (req: Request, res: Response) => {
  const { documentUrl } = req.body as { documentUrl?: string };
  if (!documentUrl || !TRUSTED_STORAGE.test(documentUrl)) {
    res.status(400).json({ error: "documentUrl must point to company storage" });
    return;
  }

  const buffer = await got(documentUrl, { timeout: { request: 20000 } }).buffer();
  const text = await extractText(buffer);
  res.json({ characters: text.length, preview: text.slice(0, 500) });
});
