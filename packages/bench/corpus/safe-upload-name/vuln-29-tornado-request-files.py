import os

import tornado.web


class UploadHandler(tornado.web.RequestHandler):
    def post(self):
        fileinfo = self.request.files["file"][0]
        fname = fileinfo["filename"]
        with open(os.path.join("uploads", fname), "wb") as out:
            out.write(fileinfo["body"])
        self.finish({"saved": fname})
