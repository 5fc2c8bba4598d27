package fr.tierslieu.core.application.cluster;

import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbc.JdbcLockProvider;

/**
 * Scheduled jobs that run once across all the servers of one installation: every server's timer
 * fires, the first to take the job's lock in the database runs it, the others skip that turn. The
 * lock is ShedLock's (JDBC provider, table {@code shedlock}, core migration V14), not a protocol
 * of ours; it holds at most {@code atMostFor} (a server that dies while running frees it then)
 * and at least {@code atLeastFor} (a server whose clock is a little late does not run it again).
 * The e-mail outbox needs none: each message is claimed by one server ({@code MailDelivery}).
 */
public final class ClusterJobs {

    private final LockingTaskExecutor executor;

    /** The jobs of this server, locking in {@code dataSource} (the application's database). */
    public ClusterJobs(DataSource dataSource) {
        this.executor = new DefaultLockingTaskExecutor(new JdbcLockProvider(dataSource));
    }

    /**
     * Runs {@code task} unless another server holds the job's lock.
     *
     * @return whether this server ran it
     */
    public boolean runOnce(String job, Duration atMostFor, Duration atLeastFor, Runnable task) {
        try {
            LockingTaskExecutor.TaskResult<Boolean> result = executor.executeWithLock(
                    () -> {
                        task.run();
                        return Boolean.TRUE;
                    },
                    new LockConfiguration(Instant.now(), job, atMostFor, atLeastFor));
            return result.wasExecuted();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
