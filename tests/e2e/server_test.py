"""End-to-end checks of `stegvis serve`: health, readiness, pages, static files, limits,
keep-alive and graceful shutdown, against the real binary. With --postgres-url (or
--postgres-url-file, which ctest uses) every server runs on a new database on that
PostgreSQL server instead of a SQLite file."""

import argparse
import http.client
import json
import socket
import sys
import unittest

from stegvis_process import PostgresDatabase, StegvisServer

BINARY = None
DB = None  # a --db value shared by every server in the run; None: a SQLite file each


def request(server, method, path, headers=None, body=None):
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=20)
    conn.request(method, path, body=body, headers=headers or {})
    response = conn.getresponse()
    data = response.read()
    conn.close()
    return response, data


class ServerTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = StegvisServer(BINARY, ["--seed-demo"], db=DB).__enter__()

    @classmethod
    def tearDownClass(cls):
        cls.server.__exit__(None, None, None)

    def test_health_and_readiness(self):
        response, body = request(self.server, "GET", "/healthz")
        self.assertEqual(response.status, 200)
        self.assertEqual(body, b"ok\n")
        response, body = request(self.server, "GET", "/readyz")
        self.assertEqual(response.status, 200)
        self.assertEqual(response.getheader("Content-Type"), "text/plain; charset=utf-8")

    def test_home_sends_anonymous_visitors_to_the_login(self):
        response, body = request(self.server, "GET", "/")
        self.assertEqual(response.status, 303)
        self.assertEqual(response.getheader("Location"), "/login")
        self.assertIn("no-store", response.getheader("Cache-Control"))
        response, body = request(self.server, "GET", "/login")
        self.assertEqual(response.status, 200)
        html = body.decode("utf-8")
        self.assertIn('<html lang="sv">', html)
        self.assertIn('name="email"', html)
        self.assertNotIn("Hemtjänst Söder", html)

    def test_english_when_the_browser_asks_first(self):
        response, body = request(self.server, "GET", "/login",
                                 {"Accept-Language": "en-US,en;q=0.9"})
        self.assertIn('<html lang="en">', body.decode("utf-8"))

    def test_static_file_with_etag_and_revalidation(self):
        response, body = request(self.server, "GET", "/static/stegvis.css")
        self.assertEqual(response.status, 200)
        self.assertEqual(response.getheader("Content-Type"), "text/css; charset=utf-8")
        etag = response.getheader("ETag")
        self.assertTrue(etag)
        response, body = request(self.server, "GET", "/static/stegvis.css",
                                 {"If-None-Match": etag})
        self.assertEqual(response.status, 304)
        self.assertEqual(body, b"")
        response, body = request(self.server, "GET", "/static/htmx.min.js")
        self.assertEqual(response.status, 200)
        self.assertIn(b"htmx", body[:2000])

    def test_head_has_length_but_no_body(self):
        response, body = request(self.server, "HEAD", "/static/stegvis.css")
        self.assertEqual(response.status, 200)
        self.assertGreater(int(response.getheader("Content-Length")), 100)
        self.assertEqual(body, b"")

    def test_a_page_from_the_page_cache_is_sent_whole_to_get_and_head(self):
        response, body = request(self.server, "POST", "/api/v1/session",
                                 {"Content-Type": "application/json"},
                                 json.dumps({"email": "team@solvik.example",
                                             "password": "stegvis-demo-2026"}))
        self.assertEqual(response.status, 200, body)
        cookie = next(value.split(";")[0] for name, value in response.getheaders()
                      if name.lower() == "set-cookie" and value.startswith("stegvis_session="))
        conn = http.client.HTTPConnection("127.0.0.1", self.server.port, timeout=20)
        pages = []
        for method in ("GET", "GET", "GET", "HEAD"):  # rendered once, then from the cache
            conn.request(method, "/matt/4", headers={"Cookie": cookie})
            response = conn.getresponse()
            pages.append((response.status, int(response.getheader("Content-Length")),
                          response.read()))
        conn.close()
        status, length, page = pages[0]
        self.assertEqual(status, 200)
        self.assertIn(b"<svg", page)
        self.assertEqual(length, len(page))
        self.assertEqual(pages[1:3], [pages[0]] * 2)
        self.assertEqual(pages[3], (200, length, b""))

    def test_too_large_body_and_headers_get_413(self):
        # Refused from the Content-Length alone, before the body is sent.
        sock = socket.create_connection(("127.0.0.1", self.server.port), timeout=20)
        sock.sendall(b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5000000\r\n\r\n")
        self.assertTrue(sock.recv(100).startswith(b"HTTP/1.1 413"))
        sock.close()
        # A client that sends the whole body anyway still gets to read the answer.
        response, _ = request(self.server, "POST", "/", body=b"x" * (2 * 1024 * 1024))
        self.assertEqual(response.status, 413)
        response, _ = request(self.server, "GET", "/", {"X-Big": "y" * (64 * 1024)})
        self.assertEqual(response.status, 413)

    def test_a_malformed_request_gets_400_then_the_connection_closes(self):
        for head in (
                b"POST /login HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                b"zz\r\nabc\r\n0\r\n\r\n",
                b"POST /login HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n"
                b"Content-Length: 4\r\n\r\nabcd",
                b"POST /login HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n",
                b"POST /login HTTP/1.1\r\nHost: x\r\nContent-Length: 1x\r\n\r\n"):
            sock = socket.create_connection(("127.0.0.1", self.server.port), timeout=20)
            sock.sendall(head)
            answer = read_all(sock)  # returns once the server has closed the connection
            sock.close()
            self.assertTrue(answer.startswith(b"HTTP/1.1 400"), (head, answer[:80]))
            self.assertIn(b"Connection: close", answer)

    def test_unknown_path_and_method(self):
        response, body = request(self.server, "GET", "/finns-inte")
        self.assertEqual(response.status, 404)
        self.assertIn("Sidan finns inte", body.decode("utf-8"))
        response, _ = request(self.server, "DELETE", "/")
        self.assertEqual(response.status, 405)
        self.assertIn("GET", response.getheader("Allow"))

    def test_keep_alive_serves_several_requests_on_one_connection(self):
        conn = http.client.HTTPConnection("127.0.0.1", self.server.port, timeout=20)
        for path in ("/healthz", "/readyz", "/login"):
            conn.request("GET", path)
            response = conn.getresponse()
            response.read()
            self.assertEqual(response.status, 200)
        conn.close()

    def test_a_reset_links_token_stays_out_of_the_log(self):
        token = "ab" * 32
        response, _ = request(self.server, "GET", "/aterstall/" + token)
        self.assertEqual(response.status, 404)
        self.server.wait_for_log(r'"path":"/aterstall/\{token\}"')
        self.assertFalse([line for line in self.server.stderr_seen if token in line])

    def test_access_log_is_structured(self):
        request(self.server, "GET", "/healthz?probe=1")
        line = self.server.wait_for_log(r'"path":"/healthz"')
        entry = json.loads(line)
        for key in ("method", "path", "status", "bytes", "duration_ms"):
            self.assertIn(key, entry)
        self.assertEqual(entry["status"], 200)


def read_all(sock):
    """Reads until the server closes the connection (bounded by the socket's timeout)."""
    data = b""
    while True:
        chunk = sock.recv(65536)
        if not chunk:
            return data
        data += chunk


class ConnectionLimitTest(unittest.TestCase):
    def test_a_connection_beyond_the_limit_is_refused_at_once(self):
        with StegvisServer(BINARY, ["--max-connections", "2"], db=DB) as server:
            # Two keep-alive connections, known to be open: each served a request.
            held = []
            for _ in range(2):
                conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=20)
                conn.request("GET", "/healthz")
                self.assertEqual(conn.getresponse().read(), b"ok\n")
                held.append(conn)
            extra = socket.create_connection(("127.0.0.1", server.port), timeout=20)
            answer = read_all(extra)
            extra.close()
            self.assertTrue(answer.startswith(b"HTTP/1.1 503"), answer[:80])
            self.assertIn(b"Connection: close", answer)
            server.wait_for_log(r'"event":"connection_refused"')
            # The connections already open are served as before.
            for conn in held:
                conn.request("GET", "/healthz")
                self.assertEqual(conn.getresponse().read(), b"ok\n")
                conn.close()
            # Once they are closed, new connections are served again (the server notices a
            # closed connection on its own time: a bounded number of tries, no sleeping).
            for _ in range(200):
                try:
                    response, body = request(server, "GET", "/healthz")
                except (ConnectionError, http.client.HTTPException):
                    continue
                if response.status == 200:
                    break
            self.assertEqual(response.status, 200)


class ShutdownTest(unittest.TestCase):
    def test_sigterm_finishes_the_request_in_flight_then_exits_0(self):
        with StegvisServer(BINARY, ["--log-level", "debug"], db=DB) as server:
            # An idle keep-alive connection, known to be accepted: it served one request.
            idle = http.client.HTTPConnection("127.0.0.1", server.port, timeout=20)
            idle.request("GET", "/healthz")
            idle.getresponse().read()

            sock = socket.create_connection(("127.0.0.1", server.port), timeout=20)
            body = b"a=1&b=2"
            # Headers and half the body: the request is in flight when SIGTERM arrives.
            sock.sendall(b"POST / HTTP/1.1\r\nHost: x\r\nContent-Type: "
                         b"application/x-www-form-urlencoded\r\nContent-Length: "
                         + str(len(body)).encode() + b"\r\n\r\n" + body[:3])
            server.wait_for_log(r'"event":"request_started","method":"POST"')
            server.terminate()
            server.wait_for_log(r'"event":"shutdown"')
            sock.sendall(body[3:])
            response = b""
            while True:
                chunk = sock.recv(65536)
                if not chunk:
                    break
                response += chunk
            sock.close()
            self.assertTrue(response.startswith(b"HTTP/1.1 405"), response[:80])
            self.assertIn(b"Connection: close", response)
            # The idle connection is closed without a response.
            self.assertEqual(idle.sock.recv(100), b"")
            idle.close()
            self.assertEqual(server.wait(), 0)
            server.wait_for_log(r'"event":"stopped"')
            with self.assertRaises(OSError):
                socket.create_connection(("127.0.0.1", server.port), timeout=5).recv(1)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--postgres-url", help="admin URL of a PostgreSQL server to run on")
    parser.add_argument("--postgres-url-file", help="a file holding that URL")
    args, rest = parser.parse_known_args()
    BINARY = args.binary
    admin_url = args.postgres_url
    if args.postgres_url_file:
        try:
            with open(args.postgres_url_file) as f:
                admin_url = f.read().strip()
        except OSError as e:
            sys.exit(f"server_test: no PostgreSQL URL ({e}); tests/postgres/start-postgres "
                     "writes it (ctest runs it as the fixture of this test)")
    if admin_url:
        with PostgresDatabase(admin_url) as database:
            DB = database.url
            print(f"server_test: on PostgreSQL {database.name}", file=sys.stderr)
            program = unittest.main(argv=[sys.argv[0], *rest], verbosity=2, exit=False)
        sys.exit(0 if program.result.wasSuccessful() else 1)
    unittest.main(argv=[sys.argv[0], *rest], verbosity=2)
