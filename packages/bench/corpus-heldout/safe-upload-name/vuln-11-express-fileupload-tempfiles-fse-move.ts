// pattern: express-fileupload with useTempFiles (tempFilePath) and fs-extra move in a TypeScript controller class; flaw at line 23
import { Request, Response, NextFunction } from 'express';
import { UploadedFile } from 'express-fileupload';
import fse from 'fs-extra';
import path from 'path';

const DATASETS_DIR = path.resolve(process.env.DATASETS_DIR ?? './datasets');

export class DatasetController {
  async upload(req: Request, res: Response, next: NextFunction) {
    try {
      const incoming = req.files?.dataset;
      if (!incoming) {
        res.status(400).json({ message: 'dataset is required' });
        return;
      }

      const files: UploadedFile[] = Array.isArray(incoming) ? incoming : [incoming];
      const workspace = path.join(DATASETS_DIR, String(res.locals.workspaceId));
      await fse.ensureDir(workspace);

      for (const file of files) {
        await fse.move(file.tempFilePath, path.resolve(workspace, file.name), { overwrite: true });
      }

      res.status(201).json({ count: files.length });
    } catch (err) {
      next(err);
    }
  }
}

export const datasetController = new DatasetController();
