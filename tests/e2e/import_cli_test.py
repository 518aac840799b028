"""`stegvis import --measure ID FILE`, against the real binary: a Swedish Excel file with one
bad cell is refused with the cell named and nothing saved (exit 2); the corrected file is
saved and the audit trail names it (exit 0); an Excel workbook written by another program
(shared strings, months as dates) is read from its first sheet; a Kolada file fills a yearly
measure and names its source, and is refused in words for a monthly one; --kolada fetches the
same from a Kolada API (a server on loopback, two pages) and says so clearly when it cannot
reach one; an unknown measure and a
missing file are clear failures; `--project ID FILE` reads a long table of many measures, all
or nothing; --help says what the file must look like and what the exit
codes mean."""

import argparse
import datetime
import http.server
import io
import json
import socket
import threading
import os
import sqlite3
import subprocess
import sys
import tempfile
import unittest
import zipfile

BINARY = None
KOLADA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "kolada")

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def workbook(rows):
    """An .xlsx file as a program other than Stegvis writes one: texts in the shared strings,
    a period as a date serial in a "yyyy-mm" format, the values on the first of two sheets.
    `rows` holds texts, numbers and datetime.date values."""
    strings, cells_xml = [], []
    for r, row in enumerate(rows, start=1):
        cells = []
        for c, value in enumerate(row):
            ref = f"{'ABCDEFGH'[c]}{r}"
            if isinstance(value, str):
                strings.append(value)
                cells.append(f'<c r="{ref}" t="s"><v>{len(strings) - 1}</v></c>')
            elif isinstance(value, datetime.date):
                serial = (value - datetime.date(1899, 12, 30)).days
                cells.append(f'<c r="{ref}" s="1"><v>{serial}</v></c>')
            else:
                cells.append(f'<c r="{ref}"><v>{value}</v></c>')
        cells_xml.append(f'<row r="{r}">{"".join(cells)}</row>')
    sheet = f'<worksheet xmlns="{MAIN}"><sheetData>{"".join(cells_xml)}</sheetData></worksheet>'
    shared = f'<sst xmlns="{MAIN}">' + "".join(f"<si><t>{t}</t></si>" for t in strings) + "</sst>"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml",
                   f'<workbook xmlns="{MAIN}" xmlns:r="{RELS}"><sheets>'
                   '<sheet name="Fall" sheetId="1" r:id="rId1"/>'
                   '<sheet name="Annat" sheetId="2" r:id="rId2"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels",
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                   'relationships"><Relationship Id="rId1" Type="ws" Target="worksheets/a.xml"/>'
                   '<Relationship Id="rId2" Type="ws" Target="worksheets/b.xml"/></Relationships>')
        z.writestr("xl/sharedStrings.xml", shared)
        z.writestr("xl/styles.xml",
                   f'<styleSheet xmlns="{MAIN}"><numFmts><numFmt numFmtId="164" '
                   'formatCode="yyyy\\-mm"/></numFmts><cellXfs><xf numFmtId="0"/>'
                   '<xf numFmtId="164"/></cellXfs></styleSheet>')
        z.writestr("xl/worksheets/a.xml", sheet)
        z.writestr("xl/worksheets/b.xml", f'<worksheet xmlns="{MAIN}"><sheetData/></worksheet>')
    return out.getvalue()


class KoladaApi(http.server.BaseHTTPRequestHandler):
    """Kolada's API v3 for one key figure and municipality, on loopback: the records of
    N00945-0180.json on two pages (the first names the second in next_url)."""

    def do_GET(self):
        with open(os.path.join(KOLADA, "N00945-0180.json"), encoding="utf-8") as f:
            records = json.load(f)["values"]
        base = f"http://127.0.0.1:{self.server.server_port}/v3"
        first = "/v3/data/kpi/N00945/municipality/0180?per_page=5000"
        if self.path == first:
            body = {"values": records[:6], "count": 10, "next_url": base + first[3:] + "&page=2"}
        elif self.path == first + "&page=2":
            body = {"values": records[6:], "count": 10, "next_url": None}
        else:
            self.send_error(404)
            return
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


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

    def yearly_measure(self, name):
        """A new yearly measurement of women and men in the project of self.measure."""
        with sqlite3.connect(self.db) as db:
            return db.execute(
                "INSERT INTO measures (organisation_id, project_id, name, kind, data_type, "
                "frequency, direction, grouping, updated_at, created_at) SELECT organisation_id, "
                "project_id, ?, 'outcome', 'continuous', 'year', 'up', 'women_men', 0, 0 "
                "FROM measures WHERE id = ?", (name, self.measure)).lastrowid

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

    def test_an_excel_workbook_is_read_from_its_first_sheet(self):
        header = ["Period", "Kvinnor", "Män"]
        bad = self.write("fall.xlsx", workbook([header, [datetime.date(1990, 5, 1), 1.5, 2]]))
        result = run("import", "--db", self.db, "--measure", str(self.measure), bad)
        self.assertEqual(result.returncode, 2, result.stderr)
        self.assertIn("Rad 2, kolumn B (Kvinnor)", result.stderr.decode())
        good = self.write("fall.xlsx", workbook([header, [datetime.date(1990, 5, 1), 1, 2],
                                                 [datetime.date(1990, 6, 1), 0, 3]]))
        result = run("import", "--db", self.db, "--measure", str(self.measure), good)
        self.assertEqual(result.returncode, 0, result.stderr)
        with sqlite3.connect(self.db) as db:
            saved = db.execute(
                "SELECT period, grp, value FROM observations WHERE measure_id = ? AND period IN "
                "('1990-05', '1990-06') ORDER BY period, grp", (self.measure,)).fetchall()
        self.assertEqual(saved, [("1990-05", "men", "2"), ("1990-05", "women", "1"),
                                 ("1990-06", "men", "3"), ("1990-06", "women", "0")])
        damaged = self.write("trasig.xlsx", workbook([header])[:200])
        result = run("import", "--db", self.db, "--measure", str(self.measure), damaged)
        self.assertEqual(result.returncode, 2)
        self.assertIn("Excel-arbetsbok", result.stderr.decode())

    def test_a_kolada_file_fills_a_yearly_measure(self):
        yearly = self.yearly_measure("Nöjda brukare")
        kolada = os.path.join(KOLADA, "N00945-0180.json")
        result = run("import", "--db", self.db, "--measure", str(self.measure), kolada)
        self.assertEqual(result.returncode, 2, result.stderr)
        self.assertIn("Kolada har ett värde per år", result.stderr.decode())
        result = run("import", "--db", self.db, "--measure", str(yearly),
                     os.path.join(KOLADA, "two-municipalities.json"))
        self.assertEqual(result.returncode, 2, result.stderr)
        self.assertIn("N00945 (0180), N00945 (1480)", result.stderr.decode())
        result = run("import", "--db", self.db, "--measure", str(yearly), kolada)
        self.assertEqual(result.returncode, 0, result.stderr)
        with sqlite3.connect(self.db) as db:
            saved = db.execute(
                "SELECT period, grp, value FROM observations WHERE measure_id = ? "
                "AND period = '2024' ORDER BY grp", (yearly,)).fetchall()
            source = db.execute("SELECT source FROM measures WHERE id = ?", (yearly,)).fetchone()
            audit = db.execute(
                "SELECT after_json FROM audit_events WHERE action = 'import' AND "
                "object_type = 'observation' AND object_id = ?", (yearly,)).fetchone()
        self.assertEqual(saved, [("2024", "men", "29.8"), ("2024", "total", "33.4"),
                                 ("2024", "women", "37.1")])
        self.assertEqual(source, ("kolada:N00945:municipality:0180",))
        self.assertIn('"source":"kolada:N00945:municipality:0180"', audit[0])

    def test_kolada_is_fetched_page_by_page_or_said_to_be_unreachable(self):
        yearly = self.yearly_measure("Nöjda brukare (hämtat)")
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), KoladaApi)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            url = f"http://127.0.0.1:{server.server_port}/v3"
            result = run("import", "--db", self.db, "--measure", str(yearly), "--kolada", "N00945",
                         "--municipality", "0180", "--kolada-url", url)
        finally:
            server.shutdown()
            server.server_close()
        self.assertEqual(result.returncode, 0, result.stderr)
        with sqlite3.connect(self.db) as db:
            years = db.execute("SELECT COUNT(DISTINCT period) FROM observations WHERE "
                               "measure_id = ?", (yearly,)).fetchone()[0]
        self.assertEqual(years, 10, "both pages")
        # Nothing listens on a port just closed: a clear message, exit 1, nothing saved.
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            closed = s.getsockname()[1]
        result = run("import", "--db", self.db, "--measure", str(self.measure), "--kolada",
                     "N00945", "--municipality", "0180", "--kolada-url",
                     f"http://127.0.0.1:{closed}/v3")
        self.assertEqual(result.returncode, 1, result.stderr)
        self.assertIn("Stegvis når inte Kolada just nu", result.stderr.decode())
        result = run("import", "--db", self.db, "--measure", str(self.measure), "--kolada",
                     "N00945")
        self.assertEqual(result.returncode, 2)
        self.assertIn(b"--municipality", result.stderr)

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

    def project_measures(self):
        """The project of self.measure, its id, and the names and ids of its monthly counts
        and proportions of women and men."""
        with sqlite3.connect(self.db) as db:
            project = db.execute("SELECT project_id FROM measures WHERE id = ?",
                                 (self.measure,)).fetchone()[0]
            rows = db.execute(
                "SELECT data_type, id, name FROM measures WHERE project_id = ? "
                "AND grouping = 'women_men' AND frequency = 'month' ORDER BY id",
                (project,)).fetchall()
        return project, {kind: (mid, name) for kind, mid, name in reversed(rows)}

    def stored_1980(self, measure, year=1980):
        with sqlite3.connect(self.db) as db:
            return db.execute(
                "SELECT period, grp, value, denominator FROM observations WHERE measure_id = ? "
                "AND period LIKE ? ORDER BY period, grp", (measure, f"{year}-%")).fetchall()

    def test_a_long_table_fills_many_measures_or_none(self):
        project, measures = self.project_measures()
        count, count_name = measures["count"]
        share, _ = measures["proportion"]
        # Windows-1252 ("Mått" with 0xE5), ';', CRLF; a measure by name and by id, K/M/T.
        bad = self.write("alla.csv",
                         b"M\xe5tt;Period;Grupp;V\xe4rde;N\xe4mnare\r\n" +
                         count_name.encode("cp1252") + b";1980-01;Kvinnor;3;\r\n" +
                         f"{count};1980-01;M;4;\r\n{share};1980-01;K;5;4\r\n"
                         f"{share};1980-01;Alla;1;4\r\n".encode())
        result = run("import", "--db", self.db, "--project", str(project), bad)
        self.assertEqual(result.returncode, 2, result.stderr)
        stderr = result.stderr.decode()
        self.assertIn("Rad 4, kolumn D (Värde)", stderr)
        self.assertIn("Rad 5, kolumn C (Grupp)", stderr)
        self.assertIn("nothing was saved (2 problems)", stderr)
        self.assertEqual(self.stored_1980(count), [], "nothing is saved from a file with a problem")

        good = self.write("alla.csv",
                          "Mått;Period;Grupp;Värde;Nämnare\r\n"
                          f"{count_name};1980-01;Kvinnor;3;\r\n{count};1980-01;M;4;\r\n"
                          f"{share};1980-01;K;3;4\r\n".encode())
        result = run("import", "--db", self.db, "--project", str(project), "--check", good)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn(b"3 values would be added", result.stdout)
        self.assertEqual(self.stored_1980(count), [], "a check saves nothing")
        result = run("import", "--db", self.db, "--project", str(project), good)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn(b"3 rows read for 2 measures", result.stdout)
        self.assertEqual(self.stored_1980(count), [("1980-01", "men", "4", ""),
                                                   ("1980-01", "women", "3", "")])
        self.assertEqual(self.stored_1980(share), [("1980-01", "women", "3", "4")])
        with sqlite3.connect(self.db) as db:
            events = db.execute(
                "SELECT object_id, after_json FROM audit_events WHERE action = 'import' AND "
                "after_json LIKE '%alla.csv%' ORDER BY object_id").fetchall()
        self.assertEqual([e[0] for e in events], sorted([count, share]))

    def test_a_long_table_in_an_excel_workbook(self):
        project, measures = self.project_measures()
        count, count_name = measures["count"]
        header = ["Mått", "Period", "Grupp", "Värde"]
        bad = self.write("alla.xlsx", workbook([header, [count_name, datetime.date(1981, 1, 1),
                                                         "Kvinnor", 1.5]]))
        result = run("import", "--db", self.db, "--project", str(project), bad)
        self.assertEqual(result.returncode, 2, result.stderr)
        self.assertIn("Rad 2, kolumn D (Värde)", result.stderr.decode())
        self.assertEqual(self.stored_1980(count, 1981), [])
        book = workbook([header, [count_name, datetime.date(1981, 1, 1), "Kvinnor", 2],
                         [count, datetime.date(1981, 1, 1), "M", 5]])
        good = self.write("alla.xlsx", book)
        result = run("import", "--db", self.db, "--project", str(project), good)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn(b"(sheet Fall): 2 rows read for 1 measures", result.stdout)
        self.assertEqual(self.stored_1980(count, 1981), [("1981-01", "men", "5", ""),
                                                   ("1981-01", "women", "2", "")])
        damaged = self.write("trasig.xlsx", book[:200])
        result = run("import", "--db", self.db, "--project", str(project), damaged)
        self.assertEqual(result.returncode, 2)
        self.assertIn(b"trasig.xlsx", result.stderr)

    def test_a_long_table_is_read_for_a_project_that_exists(self):
        path = self.write("tom.csv", b"Measure,Period,Group,Value\n")
        result = run("import", "--db", self.db, "--project", "999999", path)
        self.assertEqual(result.returncode, 1)
        result = run("import", "--db", self.db, "--project", "1", "--measure", "1", path)
        self.assertEqual(result.returncode, 2)
        self.assertIn(b"excludes", result.stderr)

    def test_help_describes_the_file_and_the_exit_codes(self):
        result = run("import", "--help")
        self.assertEqual(result.returncode, 0)
        for text in (b"--measure", b"Period", b"Kvinnor", b"Exit codes", b"Windows-1252",
                     b"Kolada", b"api.kolada.se/v3", b"--project", b"long table", b"Grupp"):
            self.assertIn(text, result.stdout)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    args, rest = parser.parse_known_args()
    BINARY = args.binary
    unittest.main(argv=[sys.argv[0], *rest])
