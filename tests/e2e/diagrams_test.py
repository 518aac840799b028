"""The theory of change and the driver diagram against the real binary with the demo data,
through the JSON API: a team member adds a change idea, hangs it under a new secondary driver
and tests it in a PDSA cycle, and the driver diagram then counts that cycle for the idea; a
chain is built backwards from the effect with a measure on the outcome; a link that skips a
level and one to a removed item are refused; the politician reads but may not write; both
diagrams download as SVG."""

import argparse
import sys
import unittest

from pdsa_test import Client
from stegvis_process import StegvisServer

BINARY = None


def item_id(diagram, text):
    return next(i["id"] for i in diagram["items"] if i["text"] == text)


class DiagramsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = StegvisServer(BINARY, extra_args=["--seed-demo"])
        cls.server.__enter__()
        cls.team = Client(cls.server, "team@solvik.example")
        cls.project = None
        for candidate in range(1, 20):
            status, _, _ = cls.team.call("GET", f"/api/v1/projects/{candidate}/driver-diagram")
            if status == 200:
                cls.project = candidate
                break
        assert cls.project, "the demo has no project the team member can see"
        cls.driver = f"/api/v1/projects/{cls.project}/driver-diagram"
        cls.toc = f"/api/v1/projects/{cls.project}/theory-of-change"

    @classmethod
    def tearDownClass(cls):
        cls.server.__exit__(None, None, None)

    def test_an_idea_in_the_driver_diagram_counts_the_cycles_that_test_it(self):
        team = self.team
        status, idea, _ = team.call("POST", f"/api/v1/projects/{self.project}/change-ideas",
                                    {"title": "Välkomstsamtal på telefon"})
        self.assertEqual(status, 201, idea)
        status, added, _ = team.call("POST", self.driver, {"op": "add_item", "level": "primary",
                                                           "text": "Trygghet första veckan"})
        self.assertEqual(status, 201, added)
        primary = added["item_id"]
        status, added, _ = team.call("POST", self.driver, {"op": "add_item", "level": "secondary",
                                                           "text": "Någon hör av sig dag 1"})
        secondary = added["item_id"]
        for edit in ({"op": "add_link", "from": primary, "to": secondary},
                     {"op": "add_ref", "item_id": secondary, "target_id": idea["id"]}):
            status, body, _ = team.call("POST", self.driver, edit)
            self.assertEqual(status, 200, body)

        def tests_of_idea():
            _, diagram, _ = team.call("GET", self.driver)
            return next(i for i in diagram["change_ideas"] if i["id"] == idea["id"])

        self.assertEqual(tests_of_idea()["cycles"], 0)
        status, cycle, _ = team.call("POST", f"/api/v1/projects/{self.project}/pdsa-cycles",
                                     {"change_idea_id": idea["id"], "title": "Samtal dag 1"})
        self.assertEqual(status, 201, cycle)
        self.assertEqual(tests_of_idea()["cycles"], 1, "the diagram's idea is the cycle's idea")

        status, svg, headers = team.call("GET", f"{self.driver}.svg")
        self.assertEqual(status, 200)
        self.assertIn(">Välkomstsamtal på</text>", svg)  # wrapped in its box
        self.assertIn("Testad i 1 cykel", svg)

    def test_a_chain_built_backwards_keeps_its_rules(self):
        team = self.team
        ids = {}
        for level, text in (("effect", "Lika inflytande för kvinnor och män"),
                            ("outcome", "Fler kvinnor väljer tid"),
                            ("resource", "En timme i veckan")):
            status, added, _ = team.call("POST", self.toc,
                                         {"op": "add_item", "level": level, "text": text})
            self.assertEqual(status, 201, added)
            ids[level] = added["item_id"]
        status, body, _ = team.call("POST", self.toc, {"op": "add_link", "from": ids["outcome"],
                                                       "to": ids["effect"]})
        self.assertEqual(status, 200, body)
        status, body, _ = team.call("POST", self.toc, {"op": "add_link", "from": ids["resource"],
                                                       "to": ids["effect"]})
        self.assertEqual((status, body["error"]["field"]), (422, "to"), "skips four levels")
        _, measures, _ = team.call("GET", f"/api/v1/projects/{self.project}/measures")
        measure = measures["measures"][0]["id"]
        status, body, _ = team.call("POST", self.toc, {"op": "add_ref", "item_id": ids["outcome"],
                                                       "target_id": measure})
        self.assertEqual(status, 200, body)
        status, body, _ = team.call("POST", self.toc,
                                    {"op": "remove_item", "item_id": ids["outcome"]})
        self.assertEqual(status, 200, body)
        diagram = body["diagram"]
        self.assertFalse([l for l in diagram["links"] if ids["outcome"] in (l["from"], l["to"])])
        self.assertFalse([r for r in diagram["measures"] if r["item_id"] == ids["outcome"]])
        status, body, _ = team.call("POST", self.toc, {"op": "add_link", "from": ids["outcome"],
                                                       "to": ids["effect"]})
        self.assertEqual(status, 422, "a removed item cannot be linked")

    def test_the_politician_reads_only(self):
        politician = Client(self.server, "politiker@solvik.example")
        status, diagram, _ = politician.call("GET", self.toc)
        self.assertEqual(status, 200)
        self.assertTrue(diagram["items"])
        status, _, _ = politician.call("POST", self.toc,
                                       {"op": "add_item", "level": "effect", "text": "X"})
        self.assertEqual(status, 403)
        status, svg, _ = politician.call("GET", f"{self.toc}.svg")
        self.assertEqual(status, 200)
        self.assertIn("<desc id=\"toc-desc\">", svg)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    args, rest = parser.parse_known_args()
    BINARY = args.binary
    unittest.main(argv=[sys.argv[0], *rest])
