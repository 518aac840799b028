"""The goals through the JSON API and the report's CSV against the real binary with the demo
data: a strategist adds an article of the 2022 CEMR charter; a team member links the project's
aim to it (with the links they read), and a stale second save is refused with who saved; the
politician's overview counts the work for it and still lists gaps; retiring the entry keeps
the link, marked; the report on statistics by sex downloads as CSV for Swedish Excel."""

import argparse
import sys
import unittest

from pdsa_test import Client
from stegvis_process import StegvisServer

BINARY = None


class GoalsJourneyTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = StegvisServer(BINARY, extra_args=["--seed-demo"])
        cls.server.__enter__()
        cls.strateg = Client(cls.server, "strateg@solvik.example")
        cls.team = Client(cls.server, "team@solvik.example")
        cls.politiker = Client(cls.server, "politiker@solvik.example")
        status, projects, _ = cls.team.call("GET", "/api/v1/projects")
        assert status == 200, projects
        cls.project = projects["projects"][0]["id"]

    @classmethod
    def tearDownClass(cls):
        cls.server.__exit__(None, None, None)

    def test_add_link_count_retire(self):
        status, entry, headers = self.strateg.call("POST", "/api/v1/goals", {
            "family": "cemr", "group": "article", "code": "31",
            "title_sv": "Artikel 31 (2022)", "title_en": "Article 31 (2022)", "sort_order": 310})
        self.assertEqual(status, 201, entry)
        status, _, _ = self.team.call("POST", "/api/v1/goals", {
            "family": "cemr", "group": "article", "code": "32",
            "title_sv": "X", "title_en": "X"})
        self.assertEqual(status, 403)

        url = f"/api/v1/projects/{self.project}/aim-goals"
        status, before, _ = self.team.call("GET", url)
        self.assertEqual(status, 200, before)
        read = [g["id"] for g in before["goals"]]
        status, after, _ = self.team.call("PUT", url, {"goal_ids": read + [entry["id"]],
                                                       "base_goal_ids": read})
        self.assertEqual(status, 200, after)
        self.assertIn("31", [g["code"] for g in after["goals"]])
        status, stale, _ = self.strateg.call("PUT", url, {"goal_ids": [], "base_goal_ids": read})
        self.assertEqual(status, 409, stale)
        self.assertEqual(stale["error"]["changed_by"], "team@solvik.example")

        status, overview, _ = self.politiker.call("GET", "/api/v1/goal-overview")
        self.assertEqual(status, 200, overview)
        row = next(g for g in overview["goals"] if g["goal"]["id"] == entry["id"])
        self.assertTrue(row["addressed"])
        self.assertEqual(row["projects"], 1)
        self.assertTrue(any(not g["addressed"] for g in overview["goals"]), "gaps remain")

        status, retired, _ = self.strateg.call("PUT", f"/api/v1/goals/{entry['id']}",
                                               {"version": entry["version"], "retired": True})
        self.assertEqual((status, retired["version"]), (200, 2), retired)
        status, still, _ = self.team.call("GET", url)
        linked = next(g for g in still["goals"] if g["id"] == entry["id"])
        self.assertTrue(linked["retired"])

    def test_the_report_as_csv(self):
        status, body, headers = self.politiker.call("GET", "/rapport/konsuppdelning.csv")
        self.assertEqual(status, 200)
        self.assertTrue(body.startswith("\ufeffmått-id;mått;skäl;"), body[:80])
        self.assertIn("saknar uppgift om brukarens kön", body)
        status, report, _ = self.politiker.call("GET", "/api/v1/reports/sex-disaggregation")
        self.assertEqual(status, 200)
        self.assertEqual(report["without_sex_disaggregation"], len(report["rows"]))
        self.assertGreater(report["measures"], report["without_sex_disaggregation"])


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    args, rest = parser.parse_known_args()
    BINARY = args.binary
    unittest.main(argv=[sys.argv[0], *rest])
