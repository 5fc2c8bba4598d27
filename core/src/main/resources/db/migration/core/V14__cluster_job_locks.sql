-- Scheduled jobs that must run once across all the servers of one installation (the nightly
-- backup, the weekly digest) take their lock here first: ShedLock's JDBC table, in the shape its
-- documentation gives. One row per job, kept; a server takes the lock when lock_until has passed.
CREATE TABLE shedlock (
    name VARCHAR(64) NOT NULL,
    lock_until TIMESTAMP NOT NULL,
    locked_at TIMESTAMP NOT NULL,
    locked_by VARCHAR(255) NOT NULL,
    PRIMARY KEY (name)
);
