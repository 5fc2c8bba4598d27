#!/usr/bin/env python3
"""Times the import of a FEC (fichier des écritures comptables) into the demo's economic model on a
running server (issue "accounts as an accountant reads them", item 5: a 100,000-line FEC in under
5 s): the wall time of POST /api/economy/models/{id}/import/fec and the server's CPU seconds, for a
5,000-line and a 100,000-line file, each imported three times (the second and third replace the
figures of the first).

Usage (the application already built): webapp/src/test/bench/fec.sh
Loopback only; the server is started and stopped by fec.sh (by its process id)."""
import base64
import datetime
import json
import os
import random
import sys
import time
import urllib.error
import urllib.request

BASE = sys.argv[1]
PID = int(sys.argv[2])
TICKS = os.sysconf("SC_CLK_TCK")
AUTH = "Basic " + base64.b64encode(b"manager:demo").decode()
COLUMNS = ["JournalCode", "JournalLib", "EcritureNum", "EcritureDate", "CompteNum", "CompteLib", "CompAuxNum", "CompAuxLib",
           "PieceRef", "PieceDate", "EcritureLib", "Debit", "Credit", "EcritureLet", "DateLet", "ValidDate", "Montantdevise",
           "Idevise"]
ACCOUNTS = ["706000", "756000", "740000", "606100", "613200", "622600", "641100", "645100", "635120", "658000", "661100",
            "681120", "512000", "411000", "401000"]


def cpu_seconds():
    with open(f"/proc/{PID}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def request(method, path, data=None, content_type=None):
    headers = {"Authorization": AUTH, "Accept": "application/json", "Accept-Language": "fr"}
    if content_type:
        headers["Content-Type"] = content_type
    req = urllib.request.Request(BASE + path, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=300) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def fec(lines):
    rnd = random.Random(7)
    start = datetime.date(2026, 1, 1)
    out = ["\t".join(COLUMNS)]
    for i in range(1, lines + 1):
        account = rnd.choice(ACCOUNTS)
        day = (start + datetime.timedelta(days=rnd.randrange(365))).strftime("%Y%m%d")
        amount = f"{rnd.randrange(500_000) / 100:.2f}".replace(".", ",")
        debit, credit = (amount, "0,00") if account[0] in "64" else ("0,00", amount)
        out.append("\t".join(["OD", "Opérations diverses", str(i), day, account, "Compte " + account, "", "", f"P{i}", day,
                              f"Écriture n° {i}", debit, credit, "", "", day, "", ""]))
    return ("\r\n".join(out) + "\r\n").encode("iso-8859-15")


status, body = request("GET", "/api/economy/models")
models = json.loads(body)
model = (models if isinstance(models, list) else models.get("items", models.get("models", [])))[0]["id"]
print(f"| FEC lines | size | run | status | wall | server CPU | answer |")
print("|---|---|---|---|---|---|---|")
for lines in (5_000, 100_000):
    data = fec(lines)
    for run in (1, 2, 3):
        before, t0 = cpu_seconds(), time.time()
        status, answer = request("POST", f"/api/economy/models/{model}/import/fec", data, "text/plain; charset=ISO-8859-15")
        wall, cpu = time.time() - t0, cpu_seconds() - before
        summary = json.loads(answer) if status == 200 else answer[:200]
        short = {k: summary[k] for k in ("entries", "figures")} if status == 200 else summary
        print(f"| {lines:,} | {len(data) / 1e6:.1f} MB | {run} | {status} | {wall:.2f} s | {cpu:.2f} s | {short} |")
