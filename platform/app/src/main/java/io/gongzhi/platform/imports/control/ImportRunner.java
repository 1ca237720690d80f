package io.gongzhi.platform.imports.control;

import io.gongzhi.platform.imports.entity.ImportJob;
import io.gongzhi.platform.persistence.control.Database;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs imports in the background on the server's managed executor, with a job record the caller
 * polls. A failure nobody foresaw ends the job as FAILED with an incident note, never a stack trace.
 */
@ApplicationScoped
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());

    @Inject
    Database database;

    @Resource
    ManagedExecutorService executor;

    private volatile ImportJobs jobs;

    public ImportJobs jobs() {
        ImportJobs j = jobs;
        if (j == null) {
            j = new ImportJobs(database::sessions);
            jobs = j;
        }
        return j;
    }

    /** The work of one import: it reports progress through the job and returns its outcome. */
    @FunctionalInterface
    public interface Work {
        Outcome run(ImportJobs jobs, String jobId);
    }

    /** How a job ended. */
    public record Outcome(ImportJob.State state, String text) {}

    /** Starts {@code work} for a new job of {@code rows} rows and returns the job at once. */
    public ImportJob start(String tenant, String kind, int rows, String owner, Work work) {
        ImportJob job = jobs().start(tenant, kind, rows, owner);
        executor.submit(() -> {
            Outcome outcome;
            try {
                outcome = work.run(jobs(), job.id());
            } catch (RuntimeException e) {
                String incident = io.gongzhi.platform.runtime.Ids.newId();
                LOG.log(
                        Level.SEVERE,
                        "import " + job.id() + " of tenant " + tenant + " failed, incident " + incident,
                        e);
                outcome = new Outcome(ImportJob.State.FAILED, "incident " + incident);
            }
            jobs().finish(tenant, job.id(), outcome.state(), outcome.text());
        });
        return job;
    }
}
