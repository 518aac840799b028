"""Starts the real `stegvis serve` on 127.0.0.1 with a free port and a temporary database."""

import os
import queue
import re
import shutil
import signal
import subprocess
import tempfile
import threading
import uuid


def _psql():
    found = shutil.which("psql")
    return found or "/usr/lib/postgresql/15/bin/psql"


class PostgresDatabase:
    """A new, empty database on the PostgreSQL server `admin_url` names (its user may CREATE
    DATABASE), dropped on exit. `url` names the new database."""

    def __init__(self, admin_url):
        self.admin_url = admin_url
        self.name = "stegvis_e2e_" + uuid.uuid4().hex[:12]
        base, _, rest = admin_url.partition("://")
        authority, _, path = rest.partition("/")
        query = path.partition("?")[2]
        self.url = f"{base}://{authority}/{self.name}" + (f"?{query}" if query else "")

    def _sql(self, statement):
        subprocess.run([_psql(), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", self.admin_url,
                        "-c", statement], check=True, timeout=60, capture_output=True)

    def __enter__(self):
        self._sql(f"CREATE DATABASE {self.name}")
        return self

    def __exit__(self, *exc):
        self._sql(f"DROP DATABASE IF EXISTS {self.name} WITH (FORCE)")


class StegvisServer:
    """A running server; use as a context manager. Every wait is bounded."""

    def __init__(self, binary, extra_args=(), env=None, db=None):
        """`db`: a --db value (e.g. a postgresql:// URL); default a SQLite file in a
        temporary folder."""
        self.binary = binary
        self.tmp = tempfile.TemporaryDirectory(prefix="stegvis-e2e-")
        self.db = db or os.path.join(self.tmp.name, "e2e.db")
        self.args = [binary, "serve", "--db", self.db, "--listen", "127.0.0.1",
                     "--port", "0", *extra_args]
        self.env = dict(os.environ, **(env or {}))
        self.stdout_lines = queue.Queue()
        self.stderr_lines = queue.Queue()
        self.stderr_seen = []

    def __enter__(self):
        self.start()
        self.wait_until_listening()
        return self

    def start(self):
        """Starts the process without waiting (to start several at once)."""
        self.proc = subprocess.Popen(self.args, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     text=True, env=self.env)
        for stream, q in ((self.proc.stdout, self.stdout_lines),
                          (self.proc.stderr, self.stderr_lines)):
            threading.Thread(target=self._pump, args=(stream, q), daemon=True).start()

    def wait_until_listening(self):
        """Waits (bounded) for the "running at" line; returns the stdout lines before it."""
        self.port = None
        self.startup_output = []
        while self.port is None:
            line = self.stdout_lines.get(timeout=30)
            self.startup_output.append(line)
            match = re.search(r"http://localhost:(\d+)/", line)
            if match:
                self.port = int(match.group(1))
        return self.startup_output

    def __exit__(self, *exc):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=10)
        self.tmp.cleanup()

    @staticmethod
    def _pump(stream, q):
        for line in stream:
            q.put(line)

    def url(self, path):
        return f"http://127.0.0.1:{self.port}{path}"

    def wait_for_log(self, pattern, timeout=20):
        """Waits until a stderr line matches `pattern`; returns it."""
        for line in self.stderr_seen:
            if re.search(pattern, line):
                return line
        while True:
            line = self.stderr_lines.get(timeout=timeout)
            self.stderr_seen.append(line)
            if re.search(pattern, line):
                return line

    def terminate(self):
        self.proc.send_signal(signal.SIGTERM)

    def wait(self, timeout=30):
        return self.proc.wait(timeout=timeout)
