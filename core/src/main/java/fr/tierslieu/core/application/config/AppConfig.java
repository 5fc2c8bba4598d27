package fr.tierslieu.core.application.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.file.Path;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The application's settings, read with MicroProfile Config: each {@code tierslieu.x.y} property can
 * be given as the environment variable {@code TIERSLIEU_X_Y} (as docs/operations.md documents) or as a
 * system property. The data source itself is configured in the webapp from the same variables.
 */
@Named("appConfig")
@ApplicationScoped
public class AppConfig {

    @Inject
    @ConfigProperty(name = "tierslieu.demo", defaultValue = "true")
    boolean demo;

    /** Settings for plain Java SE tests: the defaults, with this public address. */
    public static AppConfig of(String publicUrl) {
        AppConfig c = new AppConfig();
        c.demo = true;
        c.dataDir = "./data";
        c.timezone = "Europe/Paris";
        c.backupKeep = 14;
        c.publicUrl = publicUrl;
        return c;
    }

    @Inject
    @ConfigProperty(name = "tierslieu.data.dir", defaultValue = "./data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "tierslieu.timezone", defaultValue = "Europe/Paris")
    String timezone;

    @Inject
    @ConfigProperty(name = "tierslieu.backup.keep", defaultValue = "14")
    int backupKeep;

    @Inject
    @ConfigProperty(name = "tierslieu.public.url", defaultValue = " ")
    String publicUrl;

    /**
     * The address users type ({@code TIERSLIEU_PUBLIC_URL}, e.g. {@code https://studio.atelierz.fr}),
     * used in every link the application writes (e-mails, poll links, calendars). Without it, the
     * address of the current request (the development default).
     *
     * @param request the current {@code HttpServletRequest}, or null
     */
    public String publicUrl(Object request) {
        if (publicUrl != null && !publicUrl.isBlank()) {
            return publicUrl.strip().replaceAll("/+$", "");
        }
        if (request instanceof jakarta.servlet.http.HttpServletRequest r) {
            int port = r.getServerPort();
            boolean standard =
                    ("http".equals(r.getScheme()) && port == 80) || ("https".equals(r.getScheme()) && port == 443);
            return r.getScheme() + "://" + r.getServerName() + (standard ? "" : ":" + port) + r.getContextPath();
        }
        return "http://localhost:" + System.getProperty("tierslieu.port", "8080");
    }

    /** Whether users reach the application over HTTPS (the public URL says so): secure cookies, HSTS. */
    public boolean isHttps() {
        return publicUrl != null && publicUrl.strip().startsWith("https://");
    }

    /** How many nightly backups are kept ({@code TIERSLIEU_BACKUP_KEEP}). */
    public int backupKeep() {
        return Math.max(1, backupKeep);
    }

    /** Time zone in which dates and times are shown (a French tiers-lieu: Paris by default). */
    public ZoneId zone() {
        return ZoneId.of(timezone);
    }

    /** Demo mode: demo data on an empty database, demo accounts, a banner on every page. */
    public boolean isDemo() {
        return demo;
    }

    /** Where the H2 database and its backups live. */
    public Path dataDir() {
        return Path.of(dataDir).toAbsolutePath().normalize();
    }

    /** Bytes of an uploaded file at most (the file fields check it before sending). */
    public int getMaxUploadBytes() {
        return fr.tierslieu.core.application.export.Uploads.MAX_FILE_BYTES;
    }

    public int getMaxUploadMegabytes() {
        return fr.tierslieu.core.application.export.Uploads.MAX_FILE_BYTES / (1024 * 1024);
    }

    public Path backupDir() {
        return dataDir().resolve("backups");
    }
}
