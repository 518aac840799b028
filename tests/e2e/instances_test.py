"""Several `stegvis serve` instances on one PostgreSQL database, as behind a load balancer:
started at the same moment they migrate and seed exactly once; a session made on one works on
the others and ends on all of them at once; every instance serves what any instance wrote.
PostgreSQL only (SQLite is one machine's database).

Two people saving the same measure's grid through different instances: the second save,
made on the version both read, is refused with who changed it and when; nothing is lost."""

import argparse
import http.client
import json
import subprocess
import urllib.parse
import sys
import unittest

from stegvis_process import PostgresDatabase, StegvisServer, _psql

BINARY = None
ADMIN_URL = None


def call(server, method, path, headers=None, body=None):
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=20)
    conn.request(method, path, body=body, headers=headers or {})
    response = conn.getresponse()
    data = response.read().decode("utf-8")
    conn.close()
    return response, data


def get(server, path, headers=None):
    response, body = call(server, "GET", path, headers)
    return response.status, body


def log_in(server, email="admin@solvik.example", password="stegvis-demo-2026"):
    """Logs in through the JSON API; returns the headers that carry the session and CSRF token."""
    response, body = call(server, "POST", "/api/v1/session",
                          {"Content-Type": "application/json"},
                          json.dumps({"email": email, "password": password}))
    assert response.status == 200, (response.status, body)
    cookie = next(value.split(";")[0] for name, value in response.getheaders()
                  if name.lower() == "set-cookie" and value.startswith("stegvis_session="))
    return {"Cookie": cookie, "X-CSRF-Token": json.loads(body)["csrf_token"]}


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
                # The demo's two municipalities (Solvik and Norrby), each seeded once.
                self.assertEqual(query(database.url, "SELECT count(*) FROM organisations"), "2")
                self.assertEqual(
                    query(database.url, "SELECT count(*) - count(DISTINCT version) "
                                        "FROM schema_migrations"), "0")
                session = log_in(a)
                for server in (a, b):
                    status, body = get(server, "/readyz")
                    self.assertEqual(status, 200, body)
                    status, body = get(server, "/", session)
                    self.assertEqual(status, 200)
                    self.assertIn("Hemtjänst Söder", body)
                self.assertIn("postgresql://", out_a)
                self.assertNotIn("stegvis.db", out_a)
            finally:
                a.__exit__(None, None, None)
                b.__exit__(None, None, None)

    def test_log_in_on_a_act_on_b_log_out_on_b_and_a_knows(self):
        with PostgresDatabase(ADMIN_URL) as database:
            with StegvisServer(BINARY, ["--seed-demo"], db=database.url) as a, \
                 StegvisServer(BINARY, [], db=database.url) as b:
                session = log_in(a)
                status, body = get(b, "/api/v1/session", session)
                self.assertEqual(status, 200, body)
                self.assertEqual(json.loads(body)["user"]["email"], "admin@solvik.example")

                # A change made through B, with the session and CSRF token A handed out.
                form = urllib.parse.urlencode({"name": "Enhet skapad på B", "kind": "namnd",
                                               "parent_id": ""})
                response, body = call(b, "POST", "/admin/enheter",
                                      {**session,
                                       "Content-Type": "application/x-www-form-urlencoded"},
                                      form)
                self.assertIn(response.status, (200, 303), body[:500])
                status, body = get(a, "/", session)
                self.assertEqual(status, 200)
                self.assertIn("Enhet skapad på B", body)

                # Logging out on B ends the session on A too: nothing is cached in-process.
                response, _ = call(b, "DELETE", "/api/v1/session", session)
                self.assertEqual(response.status, 204)
                status, _ = get(a, "/api/v1/session", session)
                self.assertEqual(status, 401)

    def test_two_people_saving_one_grid_on_two_instances_one_wins_the_other_is_told(self):
        with PostgresDatabase(ADMIN_URL) as database:
            with StegvisServer(BINARY, ["--seed-demo"], db=database.url) as a, \
                 StegvisServer(BINARY, [], db=database.url) as b:
                fatima = log_in(a, "team@solvik.example")  # teammedlem of the team
                johan = log_in(b, "chef@solvik.example")   # chef over the team's unit
                status, body = get(a, "/api/v1/projects", fatima)
                self.assertEqual(status, 200, body)
                project = json.loads(body)["projects"][0]["id"]
                status, body = get(a, f"/api/v1/projects/{project}/measures", fatima)
                measure = json.loads(body)["measures"][0]["id"]
                path = f"/api/v1/measures/{measure}/observations"

                status, body = get(a, path, fatima)
                self.assertEqual(status, 200, body)
                grid = json.loads(body)
                version = grid["data_version"]
                cell = grid["observations"][0]
                self.assertEqual(get(b, path, johan)[1], body, "both instances read one grid")

                def batch(value, data_version):
                    row = {"period": cell["period"], "group": cell["group"], "value": value}
                    if "denominator" in cell:
                        row["denominator"] = cell["denominator"]
                    return json.dumps({"data_version": data_version, "observations": [row]})

                json_headers = {"Content-Type": "application/json"}
                first, body = call(a, "PUT", path, {**fatima, **json_headers}, batch("1", version))
                self.assertEqual(first.status, 200, body)
                second, body = call(b, "PUT", path, {**johan, **json_headers}, batch("2", version))
                self.assertEqual(second.status, 409, body)
                refusal = json.loads(body)["error"]
                self.assertEqual(refusal["code"], "conflict", refusal)
                self.assertEqual(refusal["changed_by"], "team@solvik.example", refusal)
                self.assertIn("changed_at", refusal)
                # Who saved in between by name, as the grid page says it.
                self.assertIn("Fatima Ali", refusal["message"])
                self.assertEqual(refusal["who"], "Fatima Ali", refusal)

                # Fatima's value stands, on both instances; Johan saves again on the new version.
                for server, session in ((a, fatima), (b, johan)):
                    saved = json.loads(get(server, path, session)[1])
                    mine = [o for o in saved["observations"]
                            if o["period"] == cell["period"] and o["group"] == cell["group"]]
                    self.assertEqual(mine[0]["value"], "1")
                again, body = call(b, "PUT", path, {**johan, **json_headers},
                                   batch("2", saved["data_version"]))
                self.assertEqual(again.status, 200, body)

    def test_failed_logins_count_across_instances(self):
        with PostgresDatabase(ADMIN_URL) as database:
            with StegvisServer(BINARY, ["--seed-demo"], db=database.url) as a, \
                 StegvisServer(BINARY, [], db=database.url) as b:
                statuses = []
                for attempt in range(4):  # alternate: each instance alone sees two
                    server = a if attempt % 2 == 0 else b
                    response, _ = call(server, "POST", "/api/v1/session",
                                       {"Content-Type": "application/json"},
                                       json.dumps({"email": "chef@solvik.example",
                                                   "password": "wrong"}))
                    statuses.append(response.status)
                # Three free tries in all, not per instance: the fourth, on B, must wait.
                self.assertNotIn(429, statuses[:3], statuses)
                self.assertEqual(statuses[3], 429, statuses)
                self.assertEqual(query(database.url, "SELECT failures FROM login_failures "
                                                     "WHERE subject = 'account:chef@solvik.example "
                                                     "127.0.0.1'"),
                                 "3")


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
