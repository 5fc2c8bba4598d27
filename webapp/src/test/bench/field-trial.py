#!/usr/bin/env python3
"""Re-measures the field trial's abuse cases (issue "Field trial", items 1-3 and 6) on a running
server: the server's CPU seconds spent on each hostile body, and how many password hashes per
second an anonymous client can force with HTTP Basic and random usernames.

Usage (the application already built): webapp/src/test/bench/field-trial.sh
Loopback only; the server is started and stopped by field-trial.sh (by its process id)."""
import base64
import json
import os
import random
import string
import sys
import threading
import time
import urllib.error
import urllib.request

BASE = sys.argv[1]
PID = int(sys.argv[2])
TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds():
    with open(f"/proc/{PID}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def post(path, body, user="manager", password="demo"):
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    req = urllib.request.Request(BASE + path, data=data, method="POST", headers={
        "Content-Type": "application/json", "Accept-Language": "fr",
        "Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()})
    try:
        with urllib.request.urlopen(req, timeout=300) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()
    except (ConnectionError, urllib.error.URLError) as e:
        return "closed", str(e).encode()


def measure(name, path, body):
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    before, start = cpu_seconds(), time.time()
    status, answer = post(path, raw)
    cpu, wall = cpu_seconds() - before, time.time() - start
    print(f"| {name} | {len(raw) / 1e6:.1f} MB | {status} | {cpu:.2f} s | {wall:.2f} s |")
    return answer


print("| body | size | status | server CPU | wall |")
print("|---|---|---|---|---|")
# every call below signs in with HTTP Basic (one PBKDF2 hash): this row is that cost alone
measure("(baseline: a tiny valid body, sign-in included)", "/api/governance/tally",
        {"quorum": 0, "maxProxies": 0, "majority": "SIMPLE", "members": [{"id": "a", "present": True, "vote": "FOR"}]})
measure("carpool: 100,000 passengers without coordinates", "/api/studytrip/carpool",
        {"destination": {"lat": 48.73, "lon": -3.46}, "drivers": [], "passengers": [{"id": str(i)} for i in range(100_000)]})
measure("tally: 100,000 members without id", "/api/governance/tally",
        {"quorum": 0, "maxProxies": 0, "majority": "SIMPLE", "members": [{"present": True} for _ in range(100_000)]})
n = 2000
measure("MACTOR 2000 × 2000", "/api/core/strategy/mactor",
        {"actors": [f"a{i}" for i in range(n)], "objectives": [f"o{i}" for i in range(n)],
         "mid": [[0] * n for _ in range(n)], "positions": [[0] * n for _ in range(n)]})
measure("forecast: 100,000 activities", "/api/economy/forecast",
        {"assumptions": {"activities": [{"name": f"x{i}", "volume": 1, "unitPrice": 1} for i in range(100_000)]}})
measure("forecast: 20,000 loans", "/api/economy/forecast",
        {"assumptions": {"loans": [{"name": "p", "amount": 1000, "annualRatePct": 3, "months": 60} for _ in range(20_000)]}})
measure("JSON nested 100,000 levels", "/api/economy/forecast", b'{"a":' + b"[" * 100_000 + b"]" * 100_000 + b"}")

# HTTP Basic with random usernames from one address: how many are really checked (a PBKDF2 hash each)?
DURATION = float(os.environ.get("BENCH_SECONDS", "30"))
counts = {"401": 0, "429": 0, "503": 0, "other": 0}
lock = threading.Lock()
stop = time.time() + DURATION


def attacker():
    while time.time() < stop:
        user = "".join(random.choices(string.ascii_lowercase, k=10))
        req = urllib.request.Request(BASE + "/api/core/actors", headers={
            "Authorization": "Basic " + base64.b64encode(f"{user}:x".encode()).decode()})
        try:
            with urllib.request.urlopen(req, timeout=30) as r:
                code = str(r.status)
        except urllib.error.HTTPError as e:
            code = str(e.code)
        except Exception:
            code = "other"
        with lock:
            counts[code if code in counts else "other"] += 1


before = cpu_seconds()
threads = [threading.Thread(target=attacker) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
cpu = cpu_seconds() - before
print()
print(f"HTTP Basic, 8 anonymous clients, random usernames, {DURATION:.0f} s: "
      f"{counts['401']} checked (401) = {counts['401'] / DURATION:.2f} per second, {counts['429']} refused unchecked (429), "
      f"{counts['503']} busy (503), {counts['other']} other; server CPU {cpu:.1f} s ({100 * cpu / DURATION:.0f} % of one core)")
