#!/usr/bin/env python3
"""JSF-aware load of the running application, on loopback only (see docs/benchmarks.md).

Each virtual user signs in through the login form (its own session), then until the time is up
picks one action at a time — no think time, so the figures are the server's capacity:

  list       GET the actor table (25 rows)                              30 %
  view       GET one actor's page                                       25 %
  dashboard  GET the dashboard (widgets of every module)                15 %
  filter     GET the actor table, then the ajax keyup of its text filter  15 %
             (view state kept, partial response checked)
  edit       GET the actor's form, then the ajax save of a changed phone  15 %
             number (view state and every field of the form posted back,
             the partial response must redirect), then GET the page it redirects to

Every request is timed and counted under its kind; an error is an HTTP status >= 400, a partial
response with <error>, a save without <redirect>, or the login page where a page was expected.
Each user edits its own actor (ids given with --actors), so that optimistic locking never refuses
a save. Prints one Markdown table. Standard library only.
"""
import argparse
import os
import signal
import ssl
import html.parser
import http.client
import random
import re
import statistics
import sys
import threading
import time
import urllib.parse

VIEW_STATE = re.compile(r'name="jakarta\.faces\.ViewState"[^>]*value="([^"]*)"')
NONCE = re.compile(r'nonce="([^"]+)"')  # PrimeFaces' CSP nonce, which its script adds to every ajax post


def nonce(page):
    m = NONCE.search(page)
    return m.group(1) if m else ''


class FormFields(html.parser.HTMLParser):
    """The successful controls of one form, as a browser would post them (no buttons)."""

    def __init__(self, form_id):
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.inside = False
        self.fields = []
        self.select = None
        self.select_value = None
        self.textarea = None
        self.text = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == 'form':
            self.inside = a.get('id') == self.form_id
        if not self.inside:
            return
        name = a.get('name')
        if tag == 'input' and name:
            kind = (a.get('type') or 'text').lower()
            if kind in ('submit', 'button', 'image', 'file', 'reset'):
                return
            if kind in ('checkbox', 'radio') and 'checked' not in a:
                return
            self.fields.append((name, a.get('value') or ''))
        elif tag == 'select' and name:
            self.select, self.select_value = name, None
        elif tag == 'option' and self.select is not None:
            if 'selected' in a or self.select_value is None:  # the selected option, else the first
                self.select_value = a.get('value') or ''
        elif tag == 'textarea' and name:
            self.textarea, self.text = name, []

    def handle_endtag(self, tag):
        if tag == 'form':
            self.inside = False
        elif tag == 'select' and self.select is not None:
            if self.select_value is not None:
                self.fields.append((self.select, self.select_value))
            self.select = None
        elif tag == 'textarea' and self.textarea is not None:
            self.fields.append((self.textarea, ''.join(self.text)))
            self.textarea = None

    def handle_data(self, data):
        if self.textarea is not None:
            self.text.append(data)


RETRIED_STATUSES = (502, 503, 504)


class User:
    def __init__(self, base, username, password, actor_id, record, workspace=None, acknowledge=None):
        u = urllib.parse.urlparse(base)
        if u.scheme == 'https':
            context = ssl.create_default_context()
            context.check_hostname, context.verify_mode = False, ssl.CERT_NONE  # loopback, self-signed
            self.conn = http.client.HTTPSConnection(u.hostname, u.port, timeout=60, context=context)
        else:
            self.conn = http.client.HTTPConnection(u.hostname, u.port, timeout=60)
        self.cookies = {}
        self.username, self.password, self.actor_id, self.record = username, password, actor_id, record
        self.workspace, self.acknowledge = workspace, acknowledge or (lambda actor, phone, acked: None)
        self.retried = False

    def request(self, method, path, body=None, headers=None):
        h = {'Accept-Encoding': 'identity', 'Connection': 'keep-alive'}
        if self.cookies:
            h['Cookie'] = '; '.join(f'{k}={v}' for k, v in self.cookies.items())
        if body is not None:
            h['Content-Type'] = 'application/x-www-form-urlencoded; charset=UTF-8'
        h.update(headers or {})
        self.retried = False
        for attempt in (1, 2):
            try:
                self.conn.request(method, path, body=body, headers=h)
                r = self.conn.getresponse()
                data = r.read().decode('utf-8', 'replace')
                if r.status in RETRIED_STATUSES and attempt == 1:
                    self.retried = True
                    continue
                break
            except (http.client.HTTPException, ConnectionError, OSError):
                self.conn.close()
                if attempt == 2:
                    raise
                self.retried = True
        for value in r.headers.get_all('Set-Cookie') or []:
            k, _, rest = value.partition('=')
            self.cookies[k.strip()] = rest.split(';', 1)[0]
        return r.status, r.headers, data

    def timed(self, kind, method, path, body=None, headers=None, ok=None):
        t0 = time.perf_counter()
        try:
            status, headers_, data = self.request(method, path, body, headers)
        except Exception:  # a refused or broken connection is an error of that kind
            self.record(kind, time.perf_counter() - t0, False, True, t0)
            return None, None, ''
        elapsed = time.perf_counter() - t0
        good = status < 400 and 'id="loginForm"' not in data and (ok is None or ok(data))
        self.record(kind, elapsed, good, self.retried, t0)
        return status, headers_, data

    def sign_in(self):
        _, _, page = self.request('GET', '/login.xhtml')
        vs = VIEW_STATE.search(page).group(1)
        body = urllib.parse.urlencode({'loginForm': 'loginForm', 'loginForm:username': self.username,
                                       'loginForm:password': self.password, 'loginForm:submit': '',
                                       'jakarta.faces.ViewState': vs})
        status, headers, _ = self.request('POST', '/login.xhtml', body)
        if status not in (302, 303):
            raise SystemExit(f'sign-in of {self.username} answered {status}')
        if self.workspace:
            status, headers, _ = self.request('GET', f'/w/{self.workspace}/index.xhtml')
            if status not in (302, 303):
                raise SystemExit(f'{self.username} could not enter the workspace {self.workspace}: {status}')

    def list(self):
        return self.timed('list', 'GET', '/core/actors/list.xhtml')

    def view(self):
        self.timed('view', 'GET', f'/core/actors/view.xhtml?id={self.actor_id}')

    def dashboard(self):
        self.timed('dashboard', 'GET', '/index.xhtml')

    def filter(self):
        _, _, page = self.list()
        m = VIEW_STATE.search(page or '')
        if not m:
            return
        body = urllib.parse.urlencode({
            'jakarta.faces.partial.ajax': 'true', 'jakarta.faces.source': 'actorsForm:text',
            'jakarta.faces.partial.execute': 'actorsForm:text', 'jakarta.faces.partial.render': 'actorsForm:actorsTable',
            'jakarta.faces.behavior.event': 'keyup', 'jakarta.faces.partial.event': 'keyup',
            'actorsForm': 'actorsForm', 'actorsForm:text': random.choice(['a', 'la', 'co', 'Né', 'ar', 'bre']),
            'jakarta.faces.ViewState': m.group(1), 'primefaces.nonce': nonce(page)})
        self.timed('filter (ajax)', 'POST', '/core/actors/list.xhtml', body, {'Faces-Request': 'partial/ajax'},
                   ok=lambda d: '<update id="actorsForm:actorsTable"' in d and '<error>' not in d)

    def edit(self):
        path = f'/core/actors/edit.xhtml?id={self.actor_id}'
        _, _, page = self.timed('edit form', 'GET', path)
        if not page:
            return
        parser = FormFields('actorForm')
        parser.feed(page)
        fields = [(k, v) for k, v in parser.fields if k != 'actorForm:phone']
        phone = f'02 98 {random.randint(10, 99)} {random.randint(10, 99)} {random.randint(10, 99)}'
        fields.append(('actorForm:phone', phone))
        self.acknowledge(self.actor_id, phone, False)
        fields += [('jakarta.faces.partial.ajax', 'true'), ('jakarta.faces.source', 'actorForm:save'),
                   ('jakarta.faces.partial.execute', 'actorForm'), ('jakarta.faces.partial.render', 'actorForm'),
                   ('actorForm:save', 'actorForm:save'), ('primefaces.nonce', nonce(page))]
        _, _, answer = self.timed('save (ajax)', 'POST', path, urllib.parse.urlencode(fields),
                                  {'Faces-Request': 'partial/ajax'}, ok=lambda d: '<redirect' in d)
        m = re.search(r'<redirect url="([^"]+)"', answer or '')
        if m:
            self.acknowledge(self.actor_id, phone, True)
            target = urllib.parse.urlparse(m.group(1).replace('&amp;', '&'))
            self.timed('view', 'GET', target.path + ('?' + target.query if target.query else ''))


ACTIONS = [('list', 30), ('view', 25), ('dashboard', 15), ('filter', 15), ('edit', 15)]


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--base', required=True, help='http(s)://127.0.0.1:PORT (loopback only)')
    p.add_argument('--users', type=int, default=20)
    p.add_argument('--seconds', type=int, default=300)
    p.add_argument('--actors', help='comma-separated actor ids, one per user at least')
    p.add_argument('--accounts', help='a file of lines "username workspace-slug actor-id", one per user at least')
    p.add_argument('--username', default='manager')
    p.add_argument('--password', default='demo')
    p.add_argument('--kill-after', type=int, help='seconds after the start at which to SIGKILL --kill-pid')
    p.add_argument('--kill-pid', type=int)
    p.add_argument('--acknowledged', help='file to write "actor-id phone" of the last acknowledged saves')
    p.add_argument('--title', default='')
    a = p.parse_args()
    u = urllib.parse.urlparse(a.base)
    if u.hostname not in ('127.0.0.1', 'localhost', '::1'):
        raise SystemExit('load only a server on loopback')
    if not 1 <= a.users <= 200 or not 1 <= a.seconds <= 900:
        raise SystemExit('1-200 users, 1-900 seconds')
    if a.accounts:
        with open(a.accounts) as f:
            accounts = [line.split() for line in f if line.strip()][:a.users]
        accounts = [(name, slug, int(actor)) for name, slug, actor in accounts]
    elif a.actors:
        accounts = [(a.username, None, int(x)) for x in a.actors.split(',')]
    else:
        raise SystemExit('--actors or --accounts')
    if len(accounts) < a.users:
        raise SystemExit(f'{a.users} users need {a.users} actors, got {len(accounts)}')
    if (a.kill_after is None) != (a.kill_pid is None) or (a.kill_after is not None and not 0 < a.kill_after < a.seconds):
        raise SystemExit('--kill-after (within --seconds) and --kill-pid go together')

    windows = ['before', 'after'] if a.kill_after else ['all']
    samples = {w: {} for w in windows}
    errors = {w: {} for w in windows}
    retries = {w: 0 for w in windows}
    acknowledged, lock = {}, threading.Lock()
    killed_at = [None]

    def record(kind, seconds, good, retried=False, started=None):
        with lock:
            w = windows[-1] if killed_at[0] is not None and (started is None or started + seconds > killed_at[0]) \
                else windows[0]
            samples[w].setdefault(kind, []).append(seconds)
            retries[w] += 1 if retried else 0
            if not good:
                errors[w][kind] = errors[w].get(kind, 0) + 1

    def acknowledge(actor, phone, acked):
        # per actor: the last acknowledged phone, and the phones sent since (a save may go through
        # without its answer reaching the client: those may be what the database holds)
        with lock:
            last, since = acknowledged.get(actor, (None, []))
            acknowledged[actor] = (phone, []) if acked else (last, since + [phone])

    users = [User(a.base, name, a.password, actor, record, slug, acknowledge) for name, slug, actor in accounts[:a.users]]
    for user in users:
        user.sign_in()
    weights = [w for _, w in ACTIONS]
    start = time.monotonic()
    deadline = start + a.seconds

    def run(user):
        rnd = random.Random()
        while time.monotonic() < deadline:
            getattr(user, rnd.choices(ACTIONS, weights)[0][0])()

    def kill():
        time.sleep(a.kill_after)
        with lock:
            killed_at[0] = time.perf_counter()
        os.kill(a.kill_pid, signal.SIGKILL)
        print(f'killed process {a.kill_pid} (SIGKILL) {a.kill_after} s after the start', flush=True)

    threads = [threading.Thread(target=run, args=(user,), daemon=True) for user in users]
    if a.kill_after:
        threading.Thread(target=kill, daemon=True).start()
    for t in threads:
        t.start()
    for t in threads:
        t.join(a.seconds + 120)
    elapsed = time.monotonic() - start
    if a.acknowledged:
        with open(a.acknowledged, 'w') as f:
            for actor, (phone, since) in sorted(acknowledged.items()):
                if phone is not None:
                    f.write(f'{actor}\t{phone}\t{",".join(since)}\n')

    def pct(values, q):
        values = sorted(values)
        return values[min(len(values) - 1, int(q * len(values)))] * 1000

    print(f'{a.title}{a.users} users, {a.seconds} s, {time.strftime("%Y-%m-%d")}')
    failed = 0
    for w in windows:
        length = {'all': elapsed, 'before': a.kill_after, 'after': elapsed - (a.kill_after or 0)}[w]
        print()
        if w != 'all':
            print(f'{w.capitalize()} the kill ({length:.0f} s):')
            print()
        print('| kind | requests | requests/s | p50 | p95 | p99 | errors |')
        print('|---|---|---|---|---|---|---|')
        total = 0
        for kind in ['list', 'view', 'dashboard', 'filter (ajax)', 'edit form', 'save (ajax)']:
            v = samples[w].get(kind, [])
            total += len(v)
            if v:
                print(f'| {kind} | {len(v):,} | {len(v) / length:.1f} | {pct(v, .5):,.0f} ms | {pct(v, .95):,.0f} ms '
                      f'| {pct(v, .99):,.0f} ms | {errors[w].get(kind, 0)} |')
        every = [x for v in samples[w].values() for x in v]
        if every:
            print(f'| **all** | {total:,} | {total / length:.1f} | {pct(every, .5):,.0f} ms | {pct(every, .95):,.0f} ms '
                  f'| {pct(every, .99):,.0f} ms | {sum(errors[w].values())} |')
        print()
        print(f'Requests sent a second time (connection broken or 502/503/504 from the proxy): {retries[w]}.')
        failed += sum(errors[w].values())
    import resource
    used = resource.getrusage(resource.RUSAGE_SELF)
    print()
    print(f'This client used {used.ru_utime + used.ru_stime:.0f} s of CPU in {elapsed:.0f} s '
          f'({100 * (used.ru_utime + used.ru_stime) / elapsed:.0f} % of one core) on the same machine as the server.')
    return 0 if not failed else 1


if __name__ == '__main__':
    sys.exit(main())
