"""The processes bench/faults/run starts and kills: `stegvis serve` and a throwaway
PostgreSQL, and a plain HTTP request to loopback."""

import http.client
import json
import os
import signal
import socket
import subprocess
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
TIMEOUT = 5          # seconds per request


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """One `stegvis serve` on a fixed loopback port, killed and restarted at will."""

    def __init__(self, binary, db, port, work):
        self.binary, self.db, self.port, self.work = binary, db, port, work
        self.proc = None
        self.starts = 0

    def start(self):
        self.starts += 1
        log = open(os.path.join(self.work, "server.log"), "a")
        self.proc = subprocess.Popen(
            [self.binary, "serve", "--db", self.db, "--port", str(self.port),
             "--data-dir", os.path.join(self.work, "var"), "--seed-demo"],
            stdout=log, stderr=log)
        deadline = time.time() + 30
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("the server stopped while starting: see its log")
            if status_of("GET", self.port, "/healthz") == 200:
                return
            time.sleep(0.05)
        raise RuntimeError("the server did not answer /healthz within 30 s")

    def kill(self):
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill()

    def rss_kib(self):
        with open(f"/proc/{self.proc.pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        return 0


class Postgres:
    """A throwaway PostgreSQL 15 (tests/postgres/start-postgres --durable)."""

    def __init__(self, work):
        self.state = os.path.join(work, "pg")
        subprocess.run([os.path.join(ROOT, "tests/postgres/start-postgres"), self.state,
                        "--durable"], check=True, stdout=subprocess.DEVNULL)
        self.url = open(os.path.join(self.state, "url")).read().strip()
        env = dict(line.strip().split("=", 1) for line in open(os.path.join(self.state, "env")))
        self.bindir, self.dir = env["bindir"], env["dir"]
        self.port = self.url.rsplit(":", 1)[1].split("/")[0]

    def _ctl(self, *args):
        owner = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--"] \
            if os.getuid() == 0 else []
        subprocess.run(owner + [os.path.join(self.bindir, "pg_ctl"), "-D",
                                os.path.join(self.dir, "data"), *args],
                       check=True, stdout=subprocess.DEVNULL, cwd=self.dir)

    def crash(self):
        self._ctl("stop", "-m", "immediate", "-w")

    def start(self):
        options = f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.dir} " \
                  "-c max_connections=200"
        self._ctl("-l", os.path.join(self.dir, "server.log"), "-o", options, "-w", "-t", "60",
                  "start")

    def psql(self, sql):
        return subprocess.run([os.path.join(self.bindir, "psql"), self.url, "-XAtq", "-c", sql],
                              check=True, capture_output=True, text=True).stdout

    def stop(self):
        subprocess.run([os.path.join(ROOT, "tests/postgres/stop-postgres"), self.state],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def request(method, port, path, body=None, headers=None):
    """(status, parsed JSON or None); raises OSError when the connection fails."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT)
    try:
        data = json.dumps(body).encode() if body is not None else None
        h = dict(headers or {})
        if data is not None:
            h["Content-Type"] = "application/json"
        conn.request(method, path, body=data, headers=h)
        r = conn.getresponse()
        raw = r.read()
        try:
            parsed = json.loads(raw) if raw else None
        except ValueError:
            parsed = None
        return r.status, parsed
    finally:
        conn.close()


def status_of(method, port, path):
    try:
        return request(method, port, path)[0]
    except (OSError, http.client.HTTPException):
        return 0
