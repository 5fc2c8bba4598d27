/**
 * What several servers of one installation (Payara Micro instances on one PostgreSQL) share
 * beyond the database's rows: {@link fr.tierslieu.core.application.cluster.ClusterJobs}, the lock
 * that makes a scheduled job run on one of them only.
 */
package fr.tierslieu.core.application.cluster;
