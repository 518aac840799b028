"""The measurement journey through the JSON API against the real binary with the demo data: a
team member finds the programme, their project and its measures, reads the analysis (the
verdict in words, women and men and the gap), saves a batch of observations with a decimal
comma, has a batch with one bad row refused whole with the row named, and the second of two
saves on the same version is refused with who changed it. The other municipality cannot read
the measure; the politician reads but may not write."""

import argparse
import sys
import unittest

from stegvis_process import StegvisServer
import pdsa_test
from pdsa_test import Client

BINARY = None


class MeasuresJourneyTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = StegvisServer(BINARY, extra_args=["--seed-demo"])
        cls.server.__enter__()
        cls.team = Client(cls.server, "team@solvik.example")
        status, projects, _ = cls.team.call("GET", "/api/v1/projects")
        assert status == 200, projects
        cls.project = next(p for p in projects["projects"] if p["programme_id"] is not None)
        status, measures, _ = cls.team.call("GET", f"/api/v1/projects/{cls.project['id']}/measures")
        assert status == 200, measures
        cls.measure = measures["measures"][0]  # the demo's diverging measure: only read
        cls.entry = measures["measures"][1]    # a proportion the tests write to

    @classmethod
    def tearDownClass(cls):
        cls.server.__exit__(None, None, None)

    def test_the_programme_lists_the_team(self):
        status, programmes, _ = self.team.call("GET", "/api/v1/programmes")
        self.assertEqual(status, 200)
        programme = next(p for p in programmes["programmes"] if p["name"] == "Jämställd hemtjänst")
        status, details, _ = self.team.call("GET", f"/api/v1/programmes/{programme['id']}")
        self.assertEqual(status, 200)
        self.assertIn(self.project["team_id"], [t["id"] for t in details["teams"]])
        self.assertGreater(details["teams_outside_your_scope"], 0)
        self.assertEqual(len(details["calendar"]), 8)

    def test_the_analysis_says_what_happened_for_women_and_men(self):
        status, analysis, _ = self.team.call("GET", f"/api/v1/measures/{self.measure['id']}/analysis")
        self.assertEqual(status, 200)
        self.assertEqual(analysis["recommended_chart"], "p")
        self.assertEqual(analysis["groups"]["verdict_a"], "improved")
        self.assertEqual(analysis["groups"]["gap_verdict"], "widening")
        self.assertTrue(any(v.startswith("Förbättring för kvinnor: ja") for v in analysis["verdict_text"]))
        status, svg, headers = self.team.call("GET", f"/api/v1/measures/{self.measure['id']}/chart.svg")
        self.assertEqual(status, 200)
        self.assertIn("<svg", svg)

    def test_a_batch_is_saved_whole_or_not_at_all_and_versions_are_checked(self):
        url = f"/api/v1/measures/{self.entry['id']}/observations"
        status, grid, _ = self.team.call("GET", url)
        self.assertEqual(status, 200)
        version = grid["data_version"]
        bad = {"data_version": version, "observations": [
            {"period": "2026-10", "group": "women", "value": "30", "denominator": "40"},
            {"period": "2026-10", "group": "men", "value": "41", "denominator": "40"}]}
        status, error, _ = self.team.call("PUT", url, bad)
        self.assertEqual((status, error["error"]["field"]), (422, "row 2: men"))
        status, unchanged, _ = self.team.call("GET", url)
        self.assertEqual(unchanged["data_version"], version)
        self.assertFalse(any(o["period"] == "2026-10" for o in unchanged["observations"]))

        good = {"data_version": version, "observations": [
            {"period": "2026-10", "group": "women", "value": "30,0", "denominator": "40"},
            {"period": "2026-10", "group": "men", "value": "12", "denominator": "40"}]}
        status, saved, _ = self.team.call("PUT", url, good)
        self.assertEqual(status, 200, saved)
        self.assertEqual(saved["data_version"], version + 1)
        cell = next(o for o in saved["observations"]
                    if o["period"] == "2026-10" and o["group"] == "women")
        self.assertEqual(cell["value"], "30")

        chef = Client(self.server, "chef@solvik.example")
        status, conflict, _ = chef.call("PUT", url, good)
        self.assertEqual(status, 409)
        self.assertEqual(conflict["error"]["changed_by"], "team@solvik.example")

    def test_other_municipalities_and_readers(self):
        url = f"/api/v1/measures/{self.measure['id']}/observations"
        norrby = Client(self.server, "team@norrby.example")
        status, _, _ = norrby.call("GET", url)
        self.assertEqual(status, 404)
        politiker = Client(self.server, "politiker@solvik.example")
        status, grid, _ = politiker.call("GET", url)
        self.assertEqual(status, 200)
        status, _, _ = politiker.call("PUT", url, {"data_version": grid["data_version"],
                                                   "observations": []})
        self.assertEqual(status, 403)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    args, rest = parser.parse_known_args()
    BINARY = args.binary
    pdsa_test.BINARY = args.binary
    unittest.main(argv=[sys.argv[0], *rest])
