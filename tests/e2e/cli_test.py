"""The `stegvis` command line: help, version, configuration errors (one line, exit 2),
migrate and demo, against the real binary."""

import argparse
import os
import subprocess
import sys
import tempfile
import unittest

BINARY = None


def run(*args, env=None):
    return subprocess.run([BINARY, *args], capture_output=True, text=True, timeout=60,
                          env=dict(os.environ, **(env or {})))


class CliTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory(prefix="stegvis-cli-")
        self.db = os.path.join(self.tmp.name, "cli.db")

    def tearDown(self):
        self.tmp.cleanup()

    def assert_usage_error(self, result, needle):
        self.assertEqual(result.returncode, 2, result.stderr)
        lines = result.stderr.strip().splitlines()
        self.assertEqual(len(lines), 1, result.stderr)
        self.assertIn(needle, lines[0])

    def test_version(self):
        result = run("version")
        self.assertEqual(result.returncode, 0)
        self.assertRegex(result.stdout, r"^stegvis \d+\.\d+\.\d+\n$")

    def test_every_subcommand_has_help(self):
        for sub in ("serve", "migrate", "demo", "version", "user"):
            result = run(sub, "--help")
            self.assertEqual(result.returncode, 0, sub)
            self.assertIn("Usage:", result.stdout)
        self.assertIn("STEGVIS_PORT", run("serve", "--help").stdout)

    def test_unknown_option_is_one_line_and_exit_2(self):
        self.assert_usage_error(run("serve", "--bogus"), "--bogus")
        self.assert_usage_error(run("frobnicate"), "frobnicate")

    def test_bad_values_are_refused(self):
        self.assert_usage_error(run("serve", "--db", self.db, "--port", "70000"), "--port")
        self.assert_usage_error(run("serve", "--db", self.db, "--log-level", "loud"), "--log-level")
        self.assert_usage_error(run("serve", "--db", self.db, "--base-url", "ftp://x"), "--base-url")
        self.assert_usage_error(run("migrate", "--db", "mysql://host/db"), "mysql")
        self.assert_usage_error(run("serve", "--db", self.db, "--accessibility-contact", "nobody"),
                                "--accessibility-contact")
        self.assert_usage_error(run("serve", "--db", self.db, env={"STEGVIS_PORT": "abc"}),
                                "port")

    def test_unopenable_database_is_a_clear_failure(self):
        result = run("migrate", "--db", os.path.join(self.tmp.name, "no", "such", "dir.db"))
        self.assertEqual(result.returncode, 1)
        self.assertIn("cannot open", result.stderr)

    def test_unreachable_postgres_is_a_clear_failure(self):
        result = run("migrate", "--db", "postgresql://stegvis:secret@127.0.0.1:1/stegvis")
        self.assertEqual(result.returncode, 1, result.stderr)
        self.assertIn("cannot connect", result.stderr)
        self.assertNotIn("secret", result.stderr)

    def test_pool_size_must_be_positive(self):
        self.assert_usage_error(run("migrate", "--db", self.db, "--db-pool-size", "0"),
                                "--db-pool-size")

    def test_migrate_is_idempotent(self):
        first = run("migrate", "--db", self.db)
        self.assertEqual(first.returncode, 0, first.stderr)
        self.assertIn("applied migration 1", first.stdout)
        second = run("migrate", "--db", "sqlite:" + self.db)
        self.assertEqual(second.returncode, 0)
        self.assertIn("up to date", second.stdout)

    def test_demo_seeds_once_and_prints_the_login(self):
        first = run("demo", env={"STEGVIS_DB": self.db})
        self.assertEqual(first.returncode, 0, first.stderr)
        self.assertIn("admin@solvik.example", first.stdout)
        self.assertIn("Solviks kommun", first.stdout)
        second = run("demo", "--db", self.db)
        self.assertEqual(second.returncode, 0)
        self.assertIn("already holds data", second.stdout)
        self.assertIn("admin@solvik.example", second.stdout)

    # The demo accounts' password is in the README: never on an address other machines reach.
    # 192.0.2.1 (a documentation address) is not this machine's, so even a server that failed
    # to refuse could not bind it: the test ends at once and nothing listens beyond loopback.
    def test_demo_data_is_refused_beyond_loopback(self):
        result = run("serve", "--db", self.db, "--listen", "192.0.2.1", "--port", "0",
                     "--seed-demo", "--log-level", "error")
        self.assertEqual(result.returncode, 2, result.stderr)
        self.assertIn("--seed-demo is refused", result.stderr)
        self.assertIn("--listen 127.0.0.1", result.stderr)
        self.assertEqual(run("demo", "--db", self.db).returncode, 0)
        result = run("serve", "--db", self.db, "--listen", "192.0.2.1", "--port", "0",
                     "--log-level", "error")
        self.assertEqual(result.returncode, 2, result.stderr)
        self.assertIn("demo accounts whose password is published", result.stderr)
        self.assertIn("admin@solvik.example", result.stderr)
        self.assertNotIn("running at", result.stdout)

    def test_a_server_beyond_loopback_without_base_url_warns(self):
        # 192.0.2.1 (a documentation address) is not this machine's: the bind fails after the
        # warning, so nothing listens.
        result = run("serve", "--db", self.db, "--listen", "192.0.2.1", "--port", "0")
        self.assertNotEqual(result.returncode, 0)
        self.assertIn('"event":"base_url_missing"', result.stderr)
        result = run("serve", "--db", self.db, "--listen", "192.0.2.1", "--port", "0",
                     "--base-url", "https://stegvis.example/")
        self.assertNotIn("base_url_missing", result.stderr)

    def test_user_add_list_passwd_deactivate(self):
        # The first admin of an empty database, password on stdin.
        result = subprocess.run(
            [BINARY, "user", "add", "--db", self.db, "--email", "Ada@Kommun.se", "--name",
             "Ada Admin", "--role", "admin", "--organisation", "Kommunen"],
            input="en lång mening som lösenord\n", capture_output=True, text=True, timeout=60)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("added ada@kommun.se", result.stdout)
        self.assertNotIn("mening", result.stdout + result.stderr)
        listed = run("user", "list", "--db", self.db)
        self.assertEqual(listed.returncode, 0, listed.stderr)
        self.assertIn("ada@kommun.se\tAda Admin\tactive\tadmin", listed.stdout)
        short = subprocess.run([BINARY, "user", "passwd", "--db", self.db, "--email",
                                "ada@kommun.se"], input="kort\n", capture_output=True,
                               text=True, timeout=60)
        self.assert_usage_error(short, "12 characters")
        ok = subprocess.run([BINARY, "user", "passwd", "--db", self.db, "--email",
                             "ada@kommun.se"], input="ett annat långt lösenord\n",
                            capture_output=True, text=True, timeout=60)
        self.assertEqual(ok.returncode, 0, ok.stderr)
        gone = run("user", "deactivate", "--db", self.db, "--email", "ada@kommun.se")
        self.assertEqual(gone.returncode, 0, gone.stderr)
        self.assertIn("deactivated", run("user", "list", "--db", self.db).stdout)

    def test_user_add_refuses_bad_input_with_one_line(self):
        run("demo", "--db", self.db)
        def add(*extra, password="en lång mening som lösenord\n"):
            return subprocess.run([BINARY, "user", "add", "--db", self.db, *extra],
                                  input=password, capture_output=True, text=True, timeout=60)
        self.assert_usage_error(add("--email", "x@y.se", "--name", "X", "--role", "kung"),
                                "--role")
        self.assert_usage_error(add("--email", "x@y.se", "--name", "X", "--role", "chef",
                                    "--scope", "Finns inte"), "Finns inte")
        self.assert_usage_error(add("--email", "x@y.se", "--name", "X", "--role", "chef"),
                                "scope")
        self.assert_usage_error(add("--name", "X", "--role", "chef"), "--email")
        chef = add("--email", "ny.chef@solvik.example", "--name", "Ny Chef", "--role", "chef",
                   "--scope", "Hemtjänst Söder")
        self.assertEqual(chef.returncode, 0, chef.stderr)
        # A programme's coach: the programme by name; never the whole organisation.
        self.assert_usage_error(add("--email", "ny.coach@solvik.example", "--name", "Ny Coach",
                                    "--role", "coach"), "scope")
        coach = add("--email", "ny.coach@solvik.example", "--name", "Ny Coach", "--role", "coach",
                    "--scope", "Jämställd hemtjänst")
        self.assertEqual(coach.returncode, 0, coach.stderr)
        listed = [line for line in run("user", "list", "--db", self.db).stdout.splitlines()
                  if line.startswith("ny.coach@solvik.example\t")]
        self.assertEqual(len(listed), 1)
        self.assertIn("\tcoach:programme:", listed[0])
        taken = add("--email", "admin@solvik.example", "--name", "X", "--role", "politiker")
        self.assertEqual(taken.returncode, 1)
        self.assertIn("already in use", taken.stderr)

    def test_default_database_goes_in_the_data_dir(self):
        data_dir = os.path.join(self.tmp.name, "data")
        result = run("migrate", "--data-dir", data_dir)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertTrue(os.path.exists(os.path.join(data_dir, "stegvis.db")))


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    args, rest = parser.parse_known_args()
    BINARY = os.path.abspath(args.binary)
    unittest.main(argv=[sys.argv[0], *rest], verbosity=2)
