#!/usr/bin/env python3
"""Nothing acknowledged is ever lost (issue "Data that survives"): kill -9 right after a 201.

1. ROUNDS times: start the application, create a uniquely named actor, kill -9 the server within
   50 ms of the 201, restart it: every actor acknowledged so far must be there.
2. A burst of 50 concurrent creates, the server killed with kill -9 as soon as the 25th 201 has
   arrived: after a restart every acknowledged actor is there and the database opens.

Usage: webapp/src/test/bench/reliability.sh [h2|postgres]. Loopback only; every server started
is stopped by its process id."""
import http.cookiejar
import json
import re
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "../../../.."))
ROUNDS = int(os.environ.get("ROUNDS", "20"))


def free_port():
    import socket
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


class Server:
    def __init__(self, data, env):
        self.data, self.env, self.port, self.proc = data, env, free_port(), None

    def start(self):
        env = dict(os.environ, TIERSLIEU_PORT=str(self.port), TIERSLIEU_DATA_DIR=self.data, TIERSLIEU_SKIP_BUILD="true",
                   TIERSLIEU_CDS="false", **self.env)
        log = open(os.path.join(self.data, "run-%d.log" % time.time_ns()), "w")
        self.proc = subprocess.Popen([os.path.join(ROOT, "run.sh")], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.time() + 240
        while time.time() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/health/ready", timeout=3) as r:
                    if r.status == 200:
                        self.sign_in()
                        return
            except Exception:
                pass
            if self.proc.poll() is not None:
                raise SystemExit("the server stopped during start-up; see " + log.name)
            time.sleep(0.3)
        raise SystemExit("not ready in time")

    def sign_in(self):
        """A session of the login form (REST calls with it cost no password hash: the burst is not held back)."""
        jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        base = f"http://127.0.0.1:{self.port}"
        page = self.opener.open(base + "/login.xhtml").read().decode()
        vs = re.search(r'name="jakarta.faces.ViewState"[^>]*value="([^"]+)"', page).group(1)
        self.opener.open(base + "/login.xhtml", urllib.parse.urlencode({
            "loginForm": "loginForm", "loginForm:from": "", "loginForm:username": "manager", "loginForm:password": "demo",
            "loginForm:submit": "loginForm:submit", "jakarta.faces.ViewState": vs}).encode()).read()

    def kill9(self):
        os.kill(self.proc.pid, signal.SIGKILL)  # run.sh execs into java: this pid is the server
        self.proc.wait()

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.kill9()

    def create(self, name):
        req = urllib.request.Request(f"http://127.0.0.1:{self.port}/api/core/actors", method="POST",
                                     data=json.dumps({"name": name, "kind": "ASSOCIATION"}).encode(),
                                     headers={"Content-Type": "application/json"})
        with self.opener.open(req, timeout=30) as r:
            return r.status

    def exists(self, name):
        q = urllib.parse.quote(name)
        req = urllib.request.Request(f"http://127.0.0.1:{self.port}/api/core/actors?size=5&q={q}")
        with self.opener.open(req, timeout=30) as r:
            return any(i["name"] == name for i in json.load(r)["items"])


def main():
    mode = sys.argv[1] if len(sys.argv) > 1 else "h2"
    env = {}
    if mode == "postgres":
        env = {"TIERSLIEU_DB_URL": os.environ["TIERSLIEU_TEST_PG_URL"], "TIERSLIEU_DB_USER": os.environ["TIERSLIEU_TEST_PG_USER"],
               "TIERSLIEU_DB_PASSWORD": os.environ["TIERSLIEU_TEST_PG_PASSWORD"]}
    data = tempfile.mkdtemp(prefix="tierslieu-reliability-")
    server = Server(data, env)
    acknowledged = []
    try:
        server.start()
        for i in range(ROUNDS):
            name = f"Round {i} {uuid.uuid4()}"
            status = server.create(name)
            t0 = time.time()
            server.kill9()
            killed_after_ms = (time.time() - t0) * 1000
            if status == 201:
                acknowledged.append(name)
            server.start()
            missing = [n for n in acknowledged if not server.exists(n)]
            print(f"round {i + 1:2d}: 201, killed {killed_after_ms:.0f} ms after it; after restart {len(acknowledged) - len(missing)}"
                  f"/{len(acknowledged)} found", flush=True)
            if missing:
                print("LOST:", missing)
        lost_rounds = [n for n in acknowledged if not server.exists(n)]

        # burst: 50 concurrent creates, kill -9 at the 25th 201
        acked, lock, fired = [], threading.Lock(), threading.Event()

        def create(n):
            name = f"Burst {n} {uuid.uuid4()}"
            try:
                if server.create(name) == 201:
                    with lock:
                        acked.append(name)
                        if len(acked) == 25 and not fired.is_set():
                            fired.set()
                            server.kill9()
            except Exception:
                pass  # the server died under it: not acknowledged

        threads = [threading.Thread(target=create, args=(n,)) for n in range(50)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        with lock:
            acknowledged_burst = list(acked)
        if server.proc.poll() is None:
            server.kill9()
        server.start()
        lost_burst = [n for n in acknowledged_burst if not server.exists(n)]
        print(f"\n{mode}: rounds: {len(acknowledged)} acknowledged, {len(lost_rounds)} lost; burst: "
              f"{len(acknowledged_burst)} acknowledged before/around the kill, {len(lost_burst)} lost; the database opened again")
        return 1 if lost_rounds or lost_burst else 0
    finally:
        server.stop()


if __name__ == "__main__":
    sys.exit(main())
