# pattern: http.server BaseHTTPRequestHandler JSON APIs (do_POST with send_response(500) and self.wfile.write) — flaw at line 24
import json
import traceback
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from .jobs import submit_job


class JobHandler(BaseHTTPRequestHandler):
    def _read_json(self):
        length = int(self.headers.get("Content-Length", 0))
        return json.loads(self.rfile.read(length) or b"{}")

    def do_POST(self):
        if self.path != "/jobs":
            self.send_error(404)
            return
        try:
            job_id = submit_job(self._read_json())
        except Exception:
            self.send_response(500)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.end_headers()
            self.wfile.write(traceback.format_exc().encode("utf-8"))
            return

        body = json.dumps({"job_id": job_id}).encode("utf-8")
        self.send_response(202)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


if __name__ == "__main__":
    ThreadingHTTPServer(("0.0.0.0", 8080), JobHandler).serve_forever()
