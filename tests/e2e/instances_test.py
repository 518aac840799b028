"""Several `stegvis serve` instances on one PostgreSQL database, as behind a load balancer:
started at the same moment they migrate and seed exactly once, and every instance serves
what any instance wrote. PostgreSQL only (SQLite is one machine's database).

Not yet here (they need later issues): log in on A and act on B (issue 4's sessions), and two
instances editing one observation batch (issue 5's observations)."""

import argparse
import http.client
import subprocess
import sys
import unittest

from stegvis_process import PostgresDatabase, StegvisServer, _psql

BINARY = None
ADMIN_URL = None


def get(server, path):
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=20)
    conn.request("GET", path)
    response = conn.getresponse()
    body = response.read().decode("utf-8")
    conn.close()
    return response.status, body


def query(url, sql):
    result = subprocess.run([_psql(), "-X", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-d", url,
                             "-c", sql], check=True, timeout=60, capture_output=True, text=True)
    return result.stdout.strip()


class TwoInstancesTest(unittest.TestCase):
    def test_started_together_they_migrate_and_seed_once_and_serve_the_same_data(self):
        with PostgresDatabase(ADMIN_URL) as database:
            a = StegvisServer(BINARY, ["--seed-demo"], db=database.url)
            b = StegvisServer(BINARY, ["--seed-demo"], db=database.url)
            try:
                a.start()
                b.start()
                out_a = "".join(a.wait_until_listening())
                out_b = "".join(b.wait_until_listening())
                # Exactly one of them seeded; the other found the data and left it alone.
                seeded = [out for out in (out_a, out_b) if "already holds data" not in out]
                self.assertEqual(len(seeded), 1, out_a + out_b)
                self.assertEqual(query(database.url, "SELECT count(*) FROM organisations"), "1")
                self.assertEqual(
                    query(database.url, "SELECT count(*) - count(DISTINCT version) "
                                        "FROM schema_migrations"), "0")
                for server in (a, b):
                    status, body = get(server, "/readyz")
                    self.assertEqual(status, 200, body)
                    status, body = get(server, "/")
                    self.assertEqual(status, 200)
                    self.assertIn("Hemtjänst Söder", body)
                self.assertIn("postgresql://", out_a)
                self.assertNotIn("stegvis.db", out_a)
            finally:
                a.__exit__(None, None, None)
                b.__exit__(None, None, None)

    def test_an_instance_sees_a_change_made_through_another_at_once(self):
        with PostgresDatabase(ADMIN_URL) as database:
            with StegvisServer(BINARY, ["--seed-demo"], db=database.url) as a, \
                 StegvisServer(BINARY, [], db=database.url) as b:
                status, body = get(b, "/")
                self.assertNotIn("Nyinrättad enhet", body)
                # A change by another writer (here: SQL, as an admin or another instance
                # would make it) shows on the next request: nothing is cached in-process.
                query(database.url,
                      "INSERT INTO units (organisation_id, parent_id, name, kind, created_at) "
                      "SELECT id, NULL, 'Nyinrättad enhet', 'namnd', 0 FROM organisations")
                for server in (a, b):
                    status, body = get(server, "/")
                    self.assertEqual(status, 200)
                    self.assertIn("Nyinrättad enhet", body)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--postgres-url", help="admin URL of a PostgreSQL server")
    parser.add_argument("--postgres-url-file", help="a file holding that URL")
    args, rest = parser.parse_known_args()
    BINARY = args.binary
    ADMIN_URL = args.postgres_url
    if args.postgres_url_file:
        try:
            with open(args.postgres_url_file) as f:
                ADMIN_URL = f.read().strip()
        except OSError as e:
            sys.exit(f"instances_test: no PostgreSQL URL ({e}); tests/postgres/start-postgres "
                     "writes it (ctest runs it as the fixture of this test)")
    if not ADMIN_URL:
        sys.exit("instances_test: needs --postgres-url or --postgres-url-file")
    unittest.main(argv=[sys.argv[0], *rest], verbosity=2)
