package fr.tierslieu.core.application.bootstrap;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/** Names shared by the data source definition (in the webapp) and everything that uses it. */
public final class Database {

    /** JNDI name of the one JTA data source every module's persistence unit uses. */
    public static final String JNDI_NAME = "java:app/jdbc/tierslieu";

    private Database() {}

    /**
     * The data source, looked up when needed (not injected: a lookup at use time reports a
     * misconfigured database with its real cause instead of failing the whole deployment).
     */
    public static DataSource dataSource() {
        try {
            return (DataSource) new InitialContext().lookup(JNDI_NAME);
        } catch (NamingException e) {
            throw new IllegalStateException(
                    "The data source " + JNDI_NAME + " is not available: " + e.getMessage()
                            + " (check TIERSLIEU_DB_URL, TIERSLIEU_DB_USER and TIERSLIEU_DB_PASSWORD)",
                    e);
        }
    }
}
