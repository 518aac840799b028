"""`stegvis import --measure ID FILE`, against the real binary: a Swedish Excel file with one
bad cell is refused with the cell named and nothing saved (exit 2); the corrected file is
saved and the audit trail names it (exit 0); an unknown measure and a missing file are clear
failures; --help says what the file must look like and what the exit codes mean."""

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import unittest

BINARY = None


def run(*args):
    return subprocess.run([BINARY, *args], capture_output=True, timeout=120)


class ImportCliTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory(prefix="stegvis-import-")
        cls.db = os.path.join(cls.tmp.name, "import.db")
        demo = run("demo", "--db", cls.db)
        assert demo.returncode == 0, demo.stderr
        with sqlite3.connect(cls.db) as db:
            cls.measure = db.execute(
                "SELECT id FROM measures WHERE project_id IS NOT NULL AND data_type = 'count' "
                "AND grouping = 'women_men' AND frequency = 'month' ORDER BY id").fetchone()[0]

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def write(self, name, data):
        path = os.path.join(self.tmp.name, name)
        with open(path, "wb") as f:
            f.write(data)
        return path

    def stored_1990(self):
        with sqlite3.connect(self.db) as db:
            return db.execute(
                "SELECT period, grp, value FROM observations WHERE measure_id = ? "
                "AND period LIKE '1990-%' ORDER BY period, grp", (self.measure,)).fetchall()

    def test_a_bad_cell_is_named_and_the_fixed_file_is_saved(self):
        # Excel's Swedish CSV in Windows-1252 ("Män" as M, 0xE4, n), ';', decimal comma, CRLF.
        bad = self.write("fall.csv", b"Period;Kvinnor;M\xe4n\r\n1990-01;3;4\r\n1990-02;2,5;1\r\n")
        result = run("import", "--db", self.db, "--measure", str(self.measure), bad)
        self.assertEqual(result.returncode, 2, result.stderr)
        stderr = result.stderr.decode()
        self.assertIn("Rad 3, kolumn B (Kvinnor)", stderr)
        self.assertEqual(len(stderr.strip().splitlines()), 1, stderr)
        self.assertEqual(self.stored_1990(), [], "nothing is saved from a file with a problem")

        good = self.write("fall.csv", b"\xef\xbb\xbfPeriod;Kvinnor;M\xc3\xa4n\r\n"
                                      b"1990-01;3;4\r\n1990-02;2;1\r\n")
        result = run("import", "--db", self.db, "--measure", str(self.measure), good)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn(b"4 values saved", result.stdout)
        self.assertEqual(self.stored_1990(), [("1990-01", "men", "4"), ("1990-01", "women", "3"),
                                              ("1990-02", "men", "1"), ("1990-02", "women", "2")])
        with sqlite3.connect(self.db) as db:
            after = db.execute(
                "SELECT actor, after_json FROM audit_events WHERE action = 'import' AND "
                "object_type = 'observation' AND object_id = ?", (self.measure,)).fetchall()
        self.assertEqual(len(after), 1)
        self.assertEqual(after[0][0], "cli")
        self.assertIn('"file_name":"fall.csv"', after[0][1])

    def test_english_problems_on_request(self):
        path = self.write("header.csv", b"Month,Women\n1990-03,1\n")
        result = run("import", "--db", self.db, "--measure", str(self.measure), "--lang", "en",
                     path)
        self.assertEqual(result.returncode, 2)
        self.assertIn(b"Row 1, column A (Month)", result.stderr)

    def test_unknown_measure_and_missing_file_fail_clearly(self):
        path = self.write("ok.csv", b"Period;Kvinnor\r\n1990-04;1\r\n")
        result = run("import", "--db", self.db, "--measure", "999999", path)
        self.assertEqual(result.returncode, 1)
        self.assertIn(b"stegvis:", result.stderr)
        result = run("import", "--db", self.db, "--measure", str(self.measure),
                     os.path.join(self.tmp.name, "saknas.csv"))
        self.assertEqual(result.returncode, 2)
        self.assertIn(b"saknas.csv", result.stderr)

    def test_help_describes_the_file_and_the_exit_codes(self):
        result = run("import", "--help")
        self.assertEqual(result.returncode, 0)
        for text in (b"--measure", b"Period", b"Kvinnor", b"Exit codes", b"Windows-1252"):
            self.assertIn(text, result.stdout)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    args, rest = parser.parse_known_args()
    BINARY = args.binary
    unittest.main(argv=[sys.argv[0], *rest])
