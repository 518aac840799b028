"""The clients of bench/faults/run: each saves what only it writes and keeps a ledger of what
the server acknowledged, and of what was cut off before an answer came."""

import http.client
import json
import random
import threading
import time

from processes import TIMEOUT, request

EMAIL = "team@solvik.example"
PASSWORD = "stegvis-demo-2026"
PROJECT = 1          # the demo team's project
MEASURES = (4, 5)    # its two monthly proportion measures
CHANGE_IDEA = 1      # an idea the project may test
PAGES = ("/", "/projekt/1", "/matt/4", "/matt/5", "/projekt/1/drivkraftsdiagram")


class NotSent(Exception):
    """The server refused the connection: the request was never sent, so it is in no doubt."""


class Outages:
    """When the server or its database was down (5xx and refused connections are expected
    then), as [start, end] times."""

    MARGIN = 1.0  # seconds either side: a request begun just before a kill ends just after

    def __init__(self):
        self.lock = threading.Lock()
        self.spans = []

    def begin(self):
        with self.lock:
            self.spans.append([time.time(), None])

    def end(self):
        with self.lock:
            self.spans[-1][1] = time.time()

    def covers(self, start, end):
        with self.lock:
            for a, b in self.spans:
                b = b if b is not None else time.time()
                if start <= b + self.MARGIN and end >= a - self.MARGIN:
                    return True
        return False


class Client(threading.Thread):
    """Saves and keeps a ledger of what the server acknowledged."""

    def __init__(self, number, port, until, outages):
        super().__init__(daemon=True)
        self.number, self.port, self.until, self.outages = number, port, until, outages
        self.rng = random.Random(number)
        self.cookie = self.csrf = None
        self.acked_cells = {}    # (measure, period, group) -> last acknowledged value
        self.doubtful = {}       # the same key -> values sent later whose answer never came
        self.cycles = {}         # PDSA cycle id -> last acknowledged title
        self.cycle_bodies = {}   # PDSA cycle id -> the cycle as last answered
        self.cycle_doubts = {}   # PDSA cycle id -> titles sent later whose answer never came
        self.items = {}          # diagram item id -> last acknowledged text
        self.versions = {}       # diagram item id -> its version as last seen
        self.item_doubts = {}    # diagram item id -> texts sent later whose answer never came
        self.doubtful_writes = 0
        self.acknowledged = 0
        self.refused = {}        # status -> count (409 and the like: retried)
        self.reasons = {}        # a refusal's error field -> count
        self.bad = []            # 5xx outside every outage: (status, path)
        self.counter = 0

    def call(self, method, path, body=None):
        headers = {}
        if self.cookie:
            headers["Cookie"] = self.cookie
        if self.csrf and method != "GET":
            headers["X-CSRF-Token"] = self.csrf
        start = time.time()
        try:
            status, parsed = request(method, self.port, path, body, headers)
        except ConnectionRefusedError as e:
            raise NotSent() from e
        if status >= 500 and not self.outages.covers(start, time.time()):
            self.bad.append((status, method + " " + path))
        return status, parsed

    def refuse(self, status, answer):
        field = ((answer or {}).get("error") or {}).get("field", "")
        key = f"{status} {field}".strip()
        self.refused[key] = self.refused.get(key, 0) + 1

    def sign_in(self):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=TIMEOUT)
        try:
            conn.request("POST", "/api/v1/session",
                         body=json.dumps({"email": EMAIL, "password": PASSWORD}),
                         headers={"Content-Type": "application/json"})
            r = conn.getresponse()
            body = r.read()
            if r.status != 200:
                return False
            self.csrf = json.loads(body)["csrf_token"]
            cookie = r.getheader("Set-Cookie", "")
            self.cookie = cookie.split(";", 1)[0]
            return True
        finally:
            conn.close()

    def save_cell(self):
        measure = self.rng.choice(MEASURES)
        # Each client writes only its own year, so the last acknowledged value of a cell is
        # the one the database must hold.
        period = f"{2014 + self.number:04d}-{self.rng.randint(1, 12):02d}"
        group = self.rng.choice(("women", "men"))
        status, grid = self.call("GET", f"/api/v1/measures/{measure}/observations")
        if status != 200:
            self.refuse(status, grid)
            return
        self.counter += 1
        value = str(self.counter % 1000)
        key = (measure, period, group)
        body = {"data_version": grid["data_version"],
                "observations": [{"period": period, "group": group, "value": value,
                                  "denominator": "1000"}]}
        try:
            status, answer = self.call("PUT", f"/api/v1/measures/{measure}/observations", body)
        except (OSError, http.client.HTTPException):
            self.doubtful.setdefault(key, []).append(value)
            self.doubtful_writes += 1
            raise
        if status == 200:
            self.acked_cells[key] = value
            self.doubtful.pop(key, None)
            self.acknowledged += 1
        else:
            self.refuse(status, answer)

    def save_cycle(self):
        """Starts a PDSA cycle of its own; once it has a few, renames one (so the data stays
        bounded however long the run)."""
        self.counter += 1
        title = f"Fault test {self.number}.{self.counter}"
        changing = len(self.cycles) >= 8
        if changing:
            cid = self.rng.choice(sorted(self.cycles))
            body = dict(self.cycle_bodies[cid], title=title)
            method, path = "PUT", f"/api/v1/pdsa-cycles/{cid}"
        else:
            body = {"change_idea_id": CHANGE_IDEA, "title": title}
            method, path = "POST", f"/api/v1/projects/{PROJECT}/pdsa-cycles"
        try:
            status, cycle = self.call(method, path, body)
        except (OSError, http.client.HTTPException):
            if changing:
                self.cycle_doubts.setdefault(cid, []).append(title)
            self.doubtful_writes += 1
            raise
        if status in (200, 201):
            self.cycles[cycle["id"]] = title
            self.cycle_bodies[cycle["id"]] = cycle
            self.cycle_doubts.pop(cycle["id"], None)
            self.acknowledged += 1
        else:
            if status == 409 and changing:  # a change cut off by a kill did land
                self.cycle_bodies[cid]["version"] = cycle["error"]["version"]
            self.refuse(status, cycle)

    def edit_diagram(self):
        """Adds a driver-diagram item of its own; once it has a few, changes one's text (a
        diagram holds a bounded number of items)."""
        self.counter += 1
        text = f"Fault test {self.number}.{self.counter}"
        changing = len(self.items) >= 8
        if changing:
            iid = self.rng.choice(sorted(self.items))
            body = {"op": "change_item", "item_id": iid, "version": self.versions[iid],
                    "text": text}
        else:
            body = {"op": "add_item", "level": "primary", "text": text}
        try:
            status, answer = self.call("POST", f"/api/v1/projects/{PROJECT}/driver-diagram",
                                       body)
        except (OSError, http.client.HTTPException):
            if changing:
                self.item_doubts.setdefault(iid, []).append(text)
            self.doubtful_writes += 1
            raise
        if status in (200, 201):
            iid = answer["item_id"]
            self.items[iid] = text
            self.item_doubts.pop(iid, None)
            self.versions[iid] = next(i["version"] for i in answer["diagram"]["items"]
                                      if i["id"] == iid)
            self.acknowledged += 1
        else:
            if status == 409 and changing:  # a change cut off by a kill did land
                self.versions[iid] = answer["error"]["version"]
            self.refuse(status, answer)

    def view(self):
        """Reads a page as a person would (the page cache, templates and charts)."""
        path = self.rng.choice(PAGES)
        status, _ = self.call("GET", path)
        if status != 200:
            self.refuse(status, None)

    def run(self):
        while time.time() < self.until:
            try:
                if not self.cookie and not self.sign_in():
                    time.sleep(0.1)
                    continue
                kind = self.rng.random()
                if kind < 0.6:
                    self.save_cell()
                elif kind < 0.7:
                    self.save_cycle()
                elif kind < 0.8:
                    self.edit_diagram()
                else:
                    self.view()
            except (NotSent, OSError, http.client.HTTPException):
                time.sleep(0.05)  # the server is down: try again shortly
