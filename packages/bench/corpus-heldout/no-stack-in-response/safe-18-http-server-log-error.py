# pattern: http.server BaseHTTPRequestHandler that logs the traceback with log_error and writes a fixed 500 body
import json
import traceback
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from .jobs import submit_job


class JobHandler(BaseHTTPRequestHandler):
    def _read_json(self):
        length = int(self.headers.get("Content-Length", 0))
        return json.loads(self.rfile.read(length) or b"{}")

    def _send_json(self, status, payload):
        body = json.dumps(payload).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        if self.path != "/jobs":
            self.send_error(404)
            return
        try:
            job_id = submit_job(self._read_json())
        except json.JSONDecodeError:
            self._send_json(400, {"error": "body must be JSON"})
            return
        except Exception:
            self.log_error("job submission failed:\n%s", traceback.format_exc())
            self._send_json(500, {"error": "internal server error"})
            return
        self._send_json(202, {"job_id": job_id})


if __name__ == "__main__":
    ThreadingHTTPServer(("0.0.0.0", 8080), JobHandler).serve_forever()
