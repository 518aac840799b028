"""The gender-equality frame through the JSON API against the real binary with the demo data:
a manager records a self-assessment with an item left unassessed, politicians read it and team
members do not; the team saves its 4R analysis as a new version and a stale save is refused
with who saved first; managers write reflection notes that team members and politicians never
see, and a stale edit is refused."""

import argparse
import sys
import unittest

from pdsa_test import Client
from stegvis_process import StegvisServer

BINARY = None


class GenderFrameTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = StegvisServer(BINARY, extra_args=["--seed-demo"])
        cls.server.__enter__()
        cls.chef = Client(cls.server, "chef@solvik.example")
        cls.strateg = Client(cls.server, "strateg@solvik.example")
        cls.team = Client(cls.server, "team@solvik.example")
        cls.politiker = Client(cls.server, "politiker@solvik.example")
        status, teams, _ = cls.team.call("GET", "/api/v1/teams")
        assert status == 200, teams
        own = [t for t in teams["teams"] if t["name"] == "Trygg hemgång"][0]
        cls.unit = own["unit_id"]  # Hemtjänst Norr, in the chef's area
        status, projects, _ = cls.team.call("GET", "/api/v1/projects")
        project = [p for p in projects["projects"] if p["team_id"] == own["id"]][0]["id"]
        status, measures, _ = cls.team.call("GET", f"/api/v1/projects/{project}/measures")
        cls.measure = measures["measures"][0]["id"]

    @classmethod
    def tearDownClass(cls):
        cls.server.__exit__(None, None, None)

    def test_self_assessment_recorded_read_and_hidden_from_team_members(self):
        path = f"/api/v1/units/{self.unit}/self-assessments"
        status, created, _ = self.chef.call("POST", path, {
            "assessed_on": "2026-01-15", "note": "Ledningsgruppen",
            "scores": [{"item": "step_1", "score": 3, "comment": "Beslut finns"},
                       {"item": "step_2", "score": None, "comment": ""}]})
        self.assertEqual(status, 201, created)
        status, bad, _ = self.chef.call("POST", path, {
            "assessed_on": "2026-01-15", "scores": [{"item": "step_1", "score": 0}]})
        self.assertEqual(status, 422, bad)
        self.assertEqual(bad["error"]["field"], "step_1")
        status, listing, _ = self.politiker.call("GET", path)
        self.assertEqual(status, 200, listing)
        self.assertFalse(listing["may_record"])
        mine = [a for a in listing["assessments"] if a["id"] == created["id"]][0]
        self.assertEqual(mine["scores"][0], {"item": "step_1", "score": 3, "comment": "Beslut finns"})
        self.assertIsNone(mine["scores"][1]["score"], "not assessed is no score, never 0")
        self.assertEqual(self.politiker.call("POST", path, {"assessed_on": "2026-01-15"})[0], 403)
        self.assertEqual(self.team.call("GET", path)[0], 403)

    def test_4r_notes_are_versions_and_a_stale_save_is_refused(self):
        status, analysis, _ = self.team.call(
            "GET", f"/api/v1/measures/{self.measure}/gender-analysis")
        self.assertEqual(status, 200, analysis)
        self.assertTrue(analysis["verdict_history"]["readings"])
        version = analysis["notes"]["current"]["version"]
        path = f"/api/v1/measures/{self.measure}/gender-notes"
        status, saved, _ = self.team.call("PUT", path, {
            "version": version, "representation": "Sex av tio är kvinnor.",
            "resources": "", "realia": "", "realisera": ""})
        self.assertEqual(status, 200, saved)
        self.assertEqual(saved["version"], version + 1)
        status, stale, _ = self.chef.call("PUT", path, {"version": version, "realia": "Normer"})
        self.assertEqual(status, 409, stale)
        self.assertEqual(stale["error"]["changed_by"], "team@solvik.example")
        self.assertEqual(self.politiker.call("PUT", path, {"version": version + 1})[0], 403)

    def test_reflection_notes_are_the_managers_alone(self):
        status, note, _ = self.chef.call("POST", "/api/v1/reflection-notes", {
            "kind": "shadowing", "held_on": "2026-02-03", "title": "Skuggning",
            "text": "Morgonmöte med diagrammet på väggen.", "peer": "Enhetschefen i Söder",
            "unit_ids": [self.unit]})
        self.assertEqual(status, 201, note)
        path = f"/api/v1/reflection-notes/{note['id']}"
        body = {k: note[k] for k in ("kind", "held_on", "title", "text", "peer", "unit_ids")}
        status, edited, _ = self.strateg.call("PUT", path, {**body, "version": 1,
                                                            "title": "Skuggning i Söder"})
        self.assertEqual(status, 200, edited)
        status, stale, _ = self.chef.call("PUT", path, {**body, "version": 1})
        self.assertEqual(status, 409, stale)
        self.assertEqual(stale["error"]["changed_by"], "strateg@solvik.example")
        for reader in (self.team, self.politiker):
            self.assertEqual(reader.call("GET", path)[0], 403)
            self.assertEqual(reader.call("GET", "/api/v1/reflection-notes")[0], 403)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    args, rest = parser.parse_known_args()
    BINARY = args.binary
    unittest.main(argv=[sys.argv[0], *rest])
