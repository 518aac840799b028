"""The PDSA journey through the JSON API against the real binary with the demo data: a team
member adds a change idea, plans a cycle, does, studies and acts (adopt), starts the next cycle
(which carries the idea and the learning forward); a second save of an old version is refused
with who changed it; the politician reads but may not write; the change idea lists the cycles."""

import argparse
import http.client
import json
import sys
import unittest

from stegvis_process import StegvisServer

BINARY = None
PASSWORD = "stegvis-demo-2026"


class Client:
    """A JSON API client with its session cookie and CSRF token."""

    def __init__(self, server, email):
        self.server = server
        self.cookie = ""
        self.csrf = ""
        status, body, headers = self.call("POST", "/api/v1/session",
                                          {"email": email, "password": PASSWORD})
        assert status == 200, (status, body)
        self.csrf = body["csrf_token"]
        for name, value in headers:
            if name.lower() == "set-cookie" and value.startswith("stegvis_session="):
                self.cookie = value.split(";")[0]

    def call(self, method, path, payload=None):
        headers = {"Accept": "application/json"}
        if self.cookie:
            headers["Cookie"] = self.cookie
        if self.csrf:
            headers["X-CSRF-Token"] = self.csrf
        body = None
        if payload is not None:
            body = json.dumps(payload)
            headers["Content-Type"] = "application/json"
        conn = http.client.HTTPConnection("127.0.0.1", self.server.port, timeout=30)
        conn.request(method, path, body=body, headers=headers)
        response = conn.getresponse()
        raw = response.read().decode("utf-8")
        conn.close()
        data = json.loads(raw) if raw and response.getheader("Content-Type", "").startswith(
            "application/json") else raw
        return response.status, data, response.getheaders()


class PdsaJourneyTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = StegvisServer(BINARY, extra_args=["--seed-demo"])
        cls.server.__enter__()
        cls.team = Client(cls.server, "team@solvik.example")
        # The team member's project: the first project whose cycles they may read.
        cls.project = None
        for candidate in range(1, 20):
            status, _, _ = cls.team.call("GET", f"/api/v1/projects/{candidate}/pdsa-cycles")
            if status == 200:
                cls.project = candidate
                break
        assert cls.project, "the demo has no project the team member can see"

    @classmethod
    def tearDownClass(cls):
        cls.server.__exit__(None, None, None)

    def test_plan_do_study_act_adopt_and_the_next_cycle(self):
        team = self.team
        status, idea, _ = team.call("POST", f"/api/v1/projects/{self.project}/change-ideas",
                                    {"title": "Kaffe och samtal efter hemkomsten",
                                     "description": "Ett samtal om önskemål över en kopp kaffe"})
        self.assertEqual(status, 201, idea)

        status, cycle, headers = team.call(
            "POST", f"/api/v1/projects/{self.project}/pdsa-cycles",
            {"change_idea_id": idea["id"], "title": "Kaffe och samtal, tre brukare",
             "question": "Kommer fler önskemål fram?", "what": "Ett samtal över kaffe",
             "who": "Fatima", "where": "Hemma hos brukaren"})
        self.assertEqual(status, 201, cycle)
        self.assertEqual(cycle["phase"], "plan")
        self.assertIn(("Location", f"/api/v1/pdsa-cycles/{cycle['id']}"), headers)
        url = f"/api/v1/pdsa-cycles/{cycle['id']}"

        # Plan is not complete without a prediction and dates: it stays in Plan.
        plan = {k: cycle[k] for k in ("title", "question", "what", "who", "where")}
        status, error, _ = team.call("PUT", url, dict(plan, version=cycle["version"],
                                                      advance=True))
        self.assertEqual(status, 422)
        self.assertEqual(error["error"]["field"], "prediction")

        plan.update(prediction="Två av tre nämner ett nytt önskemål",
                    start_date="2026-03-02", end_date="2026-03-06")
        status, cycle, _ = team.call("PUT", url, dict(plan, version=cycle["version"],
                                                      advance=True))
        self.assertEqual((status, cycle["phase"]), (200, "do"), cycle)

        do = dict(plan, as_planned="yes", observations="Alla tre berättade om sina dagar")
        status, cycle, _ = team.call("PUT", url, dict(do, version=cycle["version"], advance=True))
        self.assertEqual((status, cycle["phase"]), (200, "study"), cycle)

        study = dict(do, result="Tre av tre nämnde nya önskemål", learning="Kaffet öppnar samtalet")
        status, cycle, _ = team.call("PUT", url, dict(study, version=cycle["version"],
                                                      advance=True))
        self.assertEqual((status, cycle["phase"]), (200, "act"), cycle)

        act = dict(study, decision="adopt", next_step="Alla nya brukare i april")
        status, cycle, _ = team.call("PUT", url, dict(act, version=cycle["version"], advance=True))
        self.assertEqual((status, cycle["phase"]), (200, "done"), cycle)
        self.assertTrue(all(cycle["phase_dates"][p] for p in ("plan", "do", "study", "act", "done")))

        # An old version is refused and names who saved since.
        status, error, _ = team.call("PUT", url, dict(act, version=1))
        self.assertEqual(status, 409)
        self.assertEqual(error["error"]["changed_by"], "team@solvik.example")

        status, nxt, _ = team.call("POST", url + "/next")
        self.assertEqual(status, 201, nxt)
        self.assertEqual(nxt["phase"], "plan")
        self.assertEqual(nxt["previous_id"], cycle["id"])
        self.assertEqual(nxt["change_idea_id"], idea["id"])
        self.assertEqual(nxt["question"], "Alla nya brukare i april")
        self.assertEqual(nxt["number"], cycle["number"] + 1)
        status, _, _ = team.call("POST", url + "/next")
        self.assertEqual(status, 409, "a cycle continues only once")

        status, listed, _ = team.call("GET", f"/api/v1/change-ideas/{idea['id']}")
        self.assertEqual(status, 200)
        self.assertEqual([c["id"] for c in listed["pdsa_cycles"]], [cycle["id"], nxt["id"]])
        self.assertEqual(listed["pdsa_cycles"][0]["learning"], "Kaffet öppnar samtalet")
        self.assertEqual(listed["pdsa_cycles"][0]["decision"], "adopt")

        politiker = Client(self.server, "politiker@solvik.example")
        status, read, _ = politiker.call("GET", url)
        self.assertEqual((status, read["decision"]), (200, "adopt"))
        status, _, _ = politiker.call("PUT", url, dict(act, version=cycle["version"]))
        self.assertEqual(status, 403)

    def test_bad_input_is_refused_whole(self):
        status, error, _ = self.team.call("POST", f"/api/v1/projects/{self.project}/pdsa-cycles",
                                          {"change_idea_id": 999999, "title": "X"})
        self.assertEqual((status, error["error"]["field"]), (422, "change_idea_id"))
        status, listed, _ = self.team.call("GET", f"/api/v1/projects/{self.project}/pdsa-cycles")
        self.assertEqual(status, 200)
        self.assertFalse(any(c["title"] == "X" for c in listed["pdsa_cycles"]))


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    args, rest = parser.parse_known_args()
    BINARY = args.binary
    unittest.main(argv=[sys.argv[0], *rest])
