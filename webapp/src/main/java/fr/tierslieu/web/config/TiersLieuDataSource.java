package fr.tierslieu.web.config;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The database chosen by configuration only: the data source class of {@link DatabaseConfig},
 * which Payara pools, hands every connection to H2's or PostgreSQL's own data source according to
 * {@code TIERSLIEU_DB_URL} ({@code jdbc:h2:…} or {@code jdbc:postgresql:…}). The same migrations,
 * entities and queries run on both; EclipseLink recognises the database from the connection.
 */
public class TiersLieuDataSource implements DataSource {

    private String url;
    private String user;
    private String password;
    private volatile DataSource target;
    private int loginTimeout;
    private PrintWriter logWriter;

    public void setURL(String url) {
        this.url = url;
        this.target = null;
    }

    public void setUrl(String url) {
        setURL(url);
    }

    public String getURL() {
        return url;
    }

    public void setUser(String user) {
        this.user = user;
        this.target = null;
    }

    public void setPassword(String password) {
        this.password = password;
        this.target = null;
    }

    /** The vendor's data source for the configured URL. */
    DataSource target() throws SQLException {
        DataSource t = target;
        if (t != null) {
            return t;
        }
        if (url == null || url.isBlank()) {
            throw new SQLException("Tiers-Lieu Studio cannot connect: TIERSLIEU_DB_URL is not set");
        }
        if (url.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL(url);
            if (user != null && !user.isBlank()) {
                pg.setUser(user);
            }
            if (password != null && !password.isEmpty()) {
                pg.setPassword(password);
            }
            pg.setApplicationName("Tiers-Lieu Studio");
            t = pg;
        } else if (url.startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            h2.setUser(user == null ? "" : user);
            h2.setPassword(password == null ? "" : password);
            t = h2;
        } else {
            throw new SQLException("Tiers-Lieu Studio cannot use TIERSLIEU_DB_URL=" + url
                    + ": only jdbc:h2:… and jdbc:postgresql:… are supported");
        }
        target = t;
        return t;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return target().getConnection();
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        return target().getConnection(username, pass);
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return target().unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || target().isWrapperFor(type);
    }
}
