#!/usr/bin/env python3
"""Times the experience library's CSV import on a running server (issue 18, part 1: a 3,500-row CSV in
under 5 s): the wall time of POST /api/core/experiences/import/csv and the server's CPU seconds. The
file has the census's columns and the library's own (legal form, offers, figures, governance, two
lessons), 3,500 places spread over metropolitan France; it is imported three times: the first
creates the sheets, the second and third update them (same census ids). Then a search over the whole
library (GET /api/core/experiences?maxKm=200) is timed.

Usage (the application already built): webapp/src/test/bench/experiences.sh
Loopback only; the server is started and stopped by experiences.sh (by its process id)."""
import base64
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
COLUMNS = ["ID", "NOM_TL", "ADRESSE", "CP", "NOMCOM", "INSEEDEP", "NOMREG", "LAT", "LONG", "TYPO", "WEB", "MAIL",
           "FORME_JURIDIQUE", "ANNEE_OUVERTURE", "OFFRES", "BUDGET", "PART_RESSOURCES_PROPRES", "ETP", "BENEVOLES",
           "SURFACE_M2", "GOUVERNANCE", "FACTEURS_DE_REUSSITE", "POINTS_DE_VIGILANCE", "SOURCES", "ILLUSTRATIF"]
OFFERS = ["COWORKING", "FABLAB", "SHARED_WORKSHOP", "CAFE", "EVENTS", "SEMINARS", "TRAINING", "PUBLIC_SERVICES",
          "CULTURE", "FOOD", "REUSE", "ACCOMMODATION"]
FORMS = ["Association", "SCIC", "SCOP", "COMPANY", "PUBLIC_BODY", "OTHER"]


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


def cell(v):
    s = str(v)
    return '"' + s.replace('"', '""') + '"' if any(c in s for c in ';"\n') else s


def places(n):
    rnd = random.Random(18)
    out = [";".join(COLUMNS)]
    for i in range(1, n + 1):
        lat = rnd.uniform(42.5, 51.0)
        lon = rnd.uniform(-4.6, 7.8)
        dep = f"{rnd.randrange(1, 96):02d}"
        offers = "|".join(rnd.sample(OFFERS, rnd.randrange(1, 5)))
        row = [f"B{i}", f"Lieu d’essai n° {i}", f"{i} rue des Essais", f"{dep}{rnd.randrange(100, 999)}", f"Commune {i % 900}",
               dep, "Région d’essai", f"{lat:.6f}".replace(".", ","), f"{lon:.6f}".replace(".", ","),
               "Tiers lieux à dominante coworking", f"https://lieu{i}.example", f"contact@lieu{i}.example",
               rnd.choice(FORMS), rnd.randrange(2005, 2026), offers, rnd.randrange(20_000, 2_000_000),
               rnd.randrange(10, 95), f"{rnd.randrange(0, 150) / 10:.1f}".replace(".", ","), rnd.randrange(0, 200),
               rnd.randrange(50, 5000), "Association collégiale ; assemblée mensuelle ouverte.",
               "Un café ouvert tous les jours|Des formations payantes", "Dépendance aux subventions la troisième année",
               "Fichier d’essai du banc de mesure", "oui"]
        out.append(";".join(cell(v) for v in row))
    return ("\r\n".join(out) + "\r\n").encode("utf-8")


data = places(3_500)
print("| rows | size | run | status | wall | server CPU | answer |")
print("|---|---|---|---|---|---|---|")
for run in (1, 2, 3):
    before, t0 = cpu_seconds(), time.time()
    status, answer = request("POST", "/api/core/experiences/import/csv", data, "text/csv; charset=UTF-8")
    wall, cpu = time.time() - t0, cpu_seconds() - before
    short = json.loads(answer) if status == 200 else answer[:300]
    print(f"| 3,500 | {len(data) / 1e6:.2f} MB | {run} | {status} | {wall:.2f} s | {cpu:.2f} s | {short} |")
for run in (1, 2, 3):
    t0 = time.time()
    status, answer = request("GET", "/api/core/experiences?maxKm=200")
    wall = time.time() - t0
    found = json.loads(answer)["total"] if status == 200 else answer[:200]
    print(f"search within 200 km of our place, run {run}: {status}, {found} places, {wall * 1000:.0f} ms")
