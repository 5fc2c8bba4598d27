package fr.tierslieu.web.security;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/** Who signed in with a form in this HTTP session, and when (kept in the session). */
record SessionUser(String name, Set<String> groups, Instant signedInAt) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String ATTRIBUTE = "tierslieu.user";
}
