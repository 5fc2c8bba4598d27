#!/usr/bin/env python3
"""Reads `jfr print --events jdk.ExecutionSample` on stdin (a start-up, or with --pages a load,
where each sample goes to the component of its innermost non-JDK frame) and prints, as a Markdown table, the share
of CPU samples per component of the start-up. A sample goes to the first component, in the order
below, that has a frame anywhere in its stack (so the demo data's inserts count as demo data, not
as EclipseLink). "of which class loading" counts samples under ClassLoader.loadClass/defineClass
or the JVM's linking, whatever the component."""
import re
import sys

COMPONENTS = [
    ('demo data (ours)', ('fr.tierslieu.core.application.demo', 'DemoData', 'fr.tierslieu.economy.application.ModelTemplates')),
    ('Flyway migrations', ('org.flywaydb.',)),
    ('OpenAPI document', ('fish.payara.microprofile.openapi', 'io.smallrye.openapi', 'org.eclipse.microprofile.openapi')),
    ('PrimeFaces / OmniFaces / Faces', ('org.primefaces.', 'org.omnifaces.', 'com.sun.faces.', 'org.glassfish.mojarra', 'jakarta.faces.')),
    ('EclipseLink (persistence units)', ('org.eclipse.persistence.',)),
    ('Weld (CDI scanning and beans)', ('org.jboss.weld.',)),
    ('Jersey (REST)', ('org.glassfish.jersey.',)),
    ('Hazelcast (Payara cluster)', ('com.hazelcast.',)),
    ('H2', ('org.h2.',)),
    ('our code (other)', ('fr.tierslieu.',)),
    ('web container', ('org.apache.catalina.', 'org.glassfish.grizzly.', 'org.glassfish.web.', 'org.apache.jasper.')),
    ('Payara / GlassFish kernel, deployment', ('fish.payara.', 'org.glassfish.', 'com.sun.enterprise.', 'org.jvnet.hk2.')),
]
# Under load (argument --pages), the request's own parts come first.
PAGES = [
    ('password hashing of the sign-ins (PBKDF2, once per user at the start)', ('com.sun.crypto.provider.', 'PasswordHasher')),
    ('view state and session (serialisation)', ('java.io.ObjectOutputStream', 'java.io.ObjectInputStream',
                                                'StateManager', 'StateHelper.saveState', 'restoreState', 'saveState')),
    ('gzip compression', ('java.util.zip.Deflater', 'GZip')),
    ('sign-in check and security', ('fr.tierslieu.web.security', 'org.glassfish.soteria', 'com.sun.enterprise.security',
                                    'fr.tierslieu.core.application.security')),
    ('H2', ('org.h2.',)),
    ('EclipseLink (queries)', ('org.eclipse.persistence.',)),
    ('EL evaluation', ('org.glassfish.expressly.', 'com.sun.el.', 'jakarta.el.', 'org.jboss.weld.module.web.el')),
    ('PrimeFaces renderers', ('org.primefaces.',)),
    ('Faces lifecycle and component tree (Mojarra)', ('com.sun.faces.', 'jakarta.faces.', 'org.omnifaces.')),
    ('Weld (CDI proxies, contexts)', ('org.jboss.weld.',)),
    ('our code (other)', ('fr.tierslieu.',)),
    ('web container and Grizzly', ('org.apache.catalina.', 'org.glassfish.grizzly.', 'org.glassfish.web.')),
    ('Payara / GlassFish', ('fish.payara.', 'org.glassfish.', 'com.sun.enterprise.')),
]
if '--pages' in sys.argv:
    COMPONENTS = PAGES
LOADING = ('java.lang.ClassLoader.loadClass', 'java.lang.ClassLoader.defineClass', 'java.lang.Class.forName')


def samples(text):
    for block in text.split('jdk.ExecutionSample')[1:]:
        yield re.findall(r'^\s+([\w.$<>]+)\(', block, re.M)


def innermost(frames):
    """Under load: the component of the innermost frame that is not the JDK's (self time by
    component), because the sign-in filter and the container wrap every request."""
    for f in frames:
        for label, prefixes in COMPONENTS:
            if any(p in f for p in prefixes):
                return label
    return 'JDK and other'


def anywhere(frames):
    joined = ' '.join(frames)
    for label, prefixes in COMPONENTS:
        if any(p in joined for p in prefixes):
            return label
    return 'JDK and other'


JDK = ('java.', 'javax.', 'jdk.', 'sun.', 'com.sun.proxy', 'com.sun.crypto.')
counts, loading, total, methods = {}, 0, 0, {}
for frames in samples(sys.stdin.read()):
    total += 1
    own = next((f for f in frames if not f.startswith(JDK)), 'JDK')
    methods[own] = methods.get(own, 0) + 1
    name = innermost(frames) if '--pages' in sys.argv else anywhere(frames)
    counts[name] = counts.get(name, 0) + 1
    if any(f.startswith(LOADING) for f in frames):
        loading += 1
print('| component | samples | share |')
print('|---|---|---|')
for name, n in sorted(counts.items(), key=lambda kv: -kv[1]):
    print(f'| {name} | {n} | {100 * n / max(total, 1):.0f} % |')
print(f'| *of which class loading, all components* | {loading} | {100 * loading / max(total, 1):.0f} % |')
print(f'| **all** | {total} | 100 % |')
if '--pages' in sys.argv:
    print()
    print('Hottest methods (innermost frame outside the JDK):')
    print()
    print('| method | samples | share |')
    print('|---|---|---|')
    for name, n in sorted(methods.items(), key=lambda kv: -kv[1])[:10]:
        print(f'| `{name}` | {n} | {100 * n / max(total, 1):.0f} % |')
