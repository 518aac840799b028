"""The login journey against the real binary: log in with the form, use the pages a role
allows, be refused the rest, log out; the JSON session API; the CSRF check; and the
brute-force limit with its Retry-After."""

import argparse
import http.client
import json
import re
import sys
import unittest
import urllib.parse

from stegvis_process import StegvisServer

BINARY = None
PASSWORD = "stegvis-demo-2026"


class Browser:
    """A tiny cookie-keeping client: enough to behave like a browser on our pages."""

    def __init__(self, server):
        self.server = server
        self.cookies = {}

    def request(self, method, path, fields=None, headers=None, body=None):
        headers = dict(headers or {})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if fields is not None:
            body = urllib.parse.urlencode(fields)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        conn = http.client.HTTPConnection("127.0.0.1", self.server.port, timeout=30)
        conn.request(method, path, body=body, headers=headers)
        response = conn.getresponse()
        data = response.read().decode("utf-8")
        conn.close()
        for name, value in response.getheaders():
            if name.lower() == "set-cookie":
                key, _, rest = value.partition("=")
                cookie_value = rest.split(";")[0]
                if "Max-Age=0" in value:
                    self.cookies.pop(key, None)
                else:
                    self.cookies[key] = cookie_value
        return response, data

    def csrf(self, html):
        match = re.search(r'name="_csrf" value="([0-9a-f]{64})"', html)
        assert match, "no CSRF field on the page"
        return match.group(1)

    def login(self, email, password=PASSWORD, next_path="/"):
        _, page = self.request("GET", "/login")
        return self.request("POST", "/login", {"_csrf": self.csrf(page), "email": email,
                                               "password": password, "next": next_path})


class LoginJourneyTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = StegvisServer(BINARY, ["--seed-demo"]).__enter__()

    @classmethod
    def tearDownClass(cls):
        cls.server.__exit__(None, None, None)

    def test_teammedlem_logs_in_works_on_their_team_is_refused_elsewhere_and_logs_out(self):
        browser = Browser(self.server)
        response, _ = browser.request("GET", "/")
        self.assertEqual(response.status, 303)
        self.assertEqual(response.getheader("Location"), "/login")

        response, _ = browser.login("team@solvik.example")
        self.assertEqual(response.status, 303)
        self.assertIn("stegvis_session", browser.cookies)
        response, home = browser.request("GET", "/")
        self.assertEqual(response.status, 200)
        self.assertIn("Fatima Ali", home)
        self.assertEqual(response.getheader("Cache-Control"), "no-store")
        team_path = re.search(r'href="(/team/\d+)">Trygg hemgång', home).group(1)
        self.assertNotIn("Läslust", home)

        response, page = browser.request("GET", team_path)
        self.assertEqual(response.status, 200)
        response, _ = browser.request("POST", team_path, {
            "_csrf": browser.csrf(page), "name": "Trygg hemgång",
            "description": "Nu testar vi också ett telefonsamtal dag 3."})
        self.assertEqual(response.status, 303)
        _, page = browser.request("GET", team_path)
        self.assertIn("telefonsamtal dag 3", page)
        response, history = browser.request("GET", "/historik/team/" + team_path.split("/")[-1])
        self.assertEqual(response.status, 200)
        self.assertIn("team@solvik.example", history)

        response, _ = browser.request("GET", "/admin/anvandare")
        self.assertEqual(response.status, 403)
        # Without the token nothing happens.
        response, _ = browser.request("POST", team_path, {"name": "Utan token"})
        self.assertEqual(response.status, 403)

        _, page = browser.request("GET", "/")
        response, _ = browser.request("POST", "/logout", {"_csrf": browser.csrf(page)})
        self.assertEqual(response.status, 303)
        self.assertNotIn("stegvis_session", browser.cookies)
        response, _ = browser.request("GET", team_path)
        self.assertEqual(response.status, 303)

    def test_admin_adds_a_user_who_can_then_log_in(self):
        admin = Browser(self.server)
        self.assertEqual(admin.login("admin@solvik.example")[0].status, 303)
        _, page = admin.request("GET", "/admin/anvandare")
        response, _ = admin.request("POST", "/admin/anvandare", {
            "_csrf": admin.csrf(page), "email": "ny@solvik.example", "display_name": "Nora Ny",
            "language": "sv", "password": "en lång mening som lösenord", "role": "politiker",
            "scope": ""})
        self.assertEqual(response.status, 303)
        newcomer = Browser(self.server)
        response, _ = newcomer.login("ny@solvik.example", "en lång mening som lösenord")
        self.assertEqual(response.status, 303)
        response, home = newcomer.request("GET", "/")
        self.assertIn("Nora Ny", home)

    def test_json_session_api(self):
        client = Browser(self.server)
        response, body = client.request("POST", "/api/v1/session", headers={
            "Content-Type": "application/json"}, body=json.dumps(
                {"email": "strateg@solvik.example", "password": PASSWORD}))
        self.assertEqual(response.status, 200, body)
        answer = json.loads(body)
        self.assertEqual(answer["user"]["email"], "strateg@solvik.example")
        token = answer["csrf_token"]
        response, body = client.request("GET", "/api/v1/session")
        self.assertEqual(json.loads(body)["user"]["roles"][0]["role"], "strateg")
        response, _ = client.request("DELETE", "/api/v1/session")
        self.assertEqual(response.status, 403)
        response, _ = client.request("DELETE", "/api/v1/session", headers={"X-CSRF-Token": token})
        self.assertEqual(response.status, 204)
        response, _ = client.request("GET", "/api/v1/session")
        self.assertEqual(response.status, 401)

    def test_repeated_failures_are_refused_with_retry_after(self):
        browser = Browser(self.server)
        statuses = [browser.login("politiker@solvik.example", "fel-lösenord-igen")[0].status
                    for _ in range(3)]
        self.assertEqual(statuses, [401, 401, 401])
        response, page = browser.login("politiker@solvik.example")
        self.assertEqual(response.status, 429)
        self.assertGreater(int(response.getheader("Retry-After")), 0)
        self.assertIn("För många misslyckade inloggningar", page)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    args, rest = parser.parse_known_args()
    BINARY = args.binary
    unittest.main(argv=[sys.argv[0], *rest], verbosity=2)
