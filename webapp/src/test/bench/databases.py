#!/usr/bin/env python3
"""The cost of durability and of PostgreSQL, side by side in one run (issue "Data that survives"):
for H2 with every commit written before the answer (WRITE_DELAY 0, the default now), H2 with its
own default write delay (500 ms: what the previous release ran) and PostgreSQL (fsync on), with
5,000 actors: the time of an actor creation (REST, p50/p95 over sequential creates) and of the
actor list (REST first page of 25, and the list page), p50/p95 over sequential requests.

The client signs in once with the login form and uses the session (no password hash per call).
Usage: webapp/src/test/bench/databases.sh (starts and stops everything, loopback only)."""
import http.cookiejar
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "../../../.."))
ACTORS = int(os.environ.get("BENCH_ACTORS", "5000"))
SAMPLES = int(os.environ.get("BENCH_SAMPLES", "300"))


def free_port():
    import socket
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    p = s.getsockname()[1]
    s.close()
    return p


def percentiles(ms):
    ms = sorted(ms)
    return statistics.median(ms), ms[int(0.95 * (len(ms) - 1))]


def run(label, env):
    port = free_port()
    data = tempfile.mkdtemp(prefix="tierslieu-bench-db-")
    env = dict(os.environ, TIERSLIEU_PORT=str(port), TIERSLIEU_DATA_DIR=data, TIERSLIEU_SKIP_BUILD="true", TIERSLIEU_CDS="false",
               **{k: v.replace("$DATA", data) for k, v in env.items()})
    proc = subprocess.Popen([os.path.join(ROOT, "run.sh")], cwd=ROOT, env=env, stdout=open(os.path.join(data, "run.log"), "w"),
                            stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(480):
            try:
                if urllib.request.urlopen(base + "/health/ready", timeout=3).status == 200:
                    break
            except Exception:
                time.sleep(0.5)
        jar = http.cookiejar.CookieJar()
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        page = opener.open(base + "/login.xhtml").read().decode()
        vs = re.search(r'name="jakarta.faces.ViewState"[^>]*value="([^"]+)"', page).group(1)
        opener.open(base + "/login.xhtml", urllib.parse.urlencode({
            "loginForm": "loginForm", "loginForm:from": "", "loginForm:username": "manager", "loginForm:password": "demo",
            "loginForm:submit": "loginForm:submit", "jakarta.faces.ViewState": vs}).encode()).read()

        def create(i):
            req = urllib.request.Request(base + "/api/core/actors", method="POST", headers={"Content-Type": "application/json"},
                                         data=json.dumps({"name": f"Acteur {i:05d}", "kind": "ASSOCIATION", "commune": "Névez"}).encode())
            t = time.perf_counter()
            with opener.open(req) as r:
                assert r.status == 201
            return (time.perf_counter() - t) * 1000

        for i in range(ACTORS - SAMPLES):
            create(i)
        creates = [create(ACTORS - SAMPLES + i) for i in range(SAMPLES)]

        def timed(path):
            out = []
            for i in range(50 + SAMPLES):
                t = time.perf_counter()
                with opener.open(base + path) as r:
                    r.read()
                if i >= 50:
                    out.append((time.perf_counter() - t) * 1000)
            return out

        api = timed("/api/core/actors?page=0&size=25")
        page_list = timed("/core/actors/list.xhtml")
        c50, c95 = percentiles(creates)
        a50, a95 = percentiles(api)
        l50, l95 = percentiles(page_list)
        print(f"| {label} | {c50:.1f} ms | {c95:.1f} ms | {a50:.1f} ms | {a95:.1f} ms | {l50:.1f} ms | {l95:.1f} ms |", flush=True)
    finally:
        proc.terminate()
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()


print(f"{ACTORS} actors; {SAMPLES} sequential samples each (after 50 warm-up reads)")
print("| database | create p50 | create p95 | REST list p50 | REST list p95 | list page p50 | list page p95 |")
print("|---|---|---|---|---|---|---|")
run("H2, every commit written before the answer (WRITE_DELAY 0, default)", {})
run("H2 with its own write delay (500 ms, the previous release)",
    {"TIERSLIEU_H2_WRITE_DELAY": "500"})
if os.environ.get("TIERSLIEU_TEST_PG_URL"):
    run("PostgreSQL 15 (fsync on)", {"TIERSLIEU_DB_URL": os.environ["TIERSLIEU_TEST_PG_URL"],
                                      "TIERSLIEU_DB_USER": os.environ["TIERSLIEU_TEST_PG_USER"],
                                      "TIERSLIEU_DB_PASSWORD": os.environ["TIERSLIEU_TEST_PG_PASSWORD"]})
