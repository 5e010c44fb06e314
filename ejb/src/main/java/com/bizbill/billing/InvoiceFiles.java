package com.bizbill.billing;

import com.bizbill.shared.context.CallContext;
import com.bizbill.shared.context.Actor;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import com.bizbill.shared.jobs.JobRun;
import com.bizbill.shared.jobs.JobRunService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Invoice files waiting for the batch import (BP-INV-2): uploaded by staff or dropped in the inbox
 * directory. A file is kept under its content hash, and the import job runs once per hash (the job's
 * claim row), so the same file dropped twice is imported once.
 */
@ApplicationScoped
public class InvoiceFiles {

    @Inject
    CallContext callContext;

    private static final Logger LOG = Logger.getLogger(InvoiceFiles.class.getName());
    static final int PERIOD_LENGTH = 20;

    @Inject
    JobRunService jobs;

    @Inject
    @ConfigProperty(name = "bizbill.data", defaultValue = "data")
    String dataDir;

    /** Where the billing system drops files; default {@code <bizbill.data>/invoice-inbox}. */
    @Inject
    @ConfigProperty(name = "bizbill.billing.inbox")
    java.util.Optional<String> inboxDir;

    /** Keeps the file and starts its import job; returns the run (a file already imported is refused). */
    public JobRun submit(byte[] content, String fileName) {
        if (content == null || content.length == 0) {
            throw new BillingException(ErrorCode.VALIDATION_FAILED, "empty file",
                    List.of(new BizbillException.FieldError("file", "file.empty")));
        }
        // the job period column holds 20 characters: the first 80 bits of the SHA-256 name the file
        String hash = InvoiceFileImport.hash(content).substring(0, PERIOD_LENGTH);
        try {
            Files.createDirectories(store());
            Files.write(store().resolve(hash), content);
            Files.writeString(store().resolve(hash + ".name"), fileName == null ? "invoices" : fileName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jobs.start(BillingJobs.INVOICE_FILE_IMPORT, hash);

    }

    public byte[] content(String hash) throws IOException {
        return Files.readAllBytes(store().resolve(hash));
    }

    public String name(String hash) throws IOException {
        Path p = store().resolve(hash + ".name");
        return Files.exists(p) ? Files.readString(p) : hash;
    }

    /** Issue 16 §1: billing looks at its inbox on the schedule's tick ({@code shared} does not know it). */
    public void onTick(@jakarta.enterprise.event.Observes com.bizbill.shared.jobs.ScheduleTick tick) {
        int started = scanInbox();
        if (started > 0) {
            LOG.info(() -> "invoice inbox: " + started + " file(s) submitted");
        }
    }

    /** The schedule tick: every file in the inbox is submitted, then moved to inbox/done. */
    public int scanInbox() {
        callContext.runAs(Actor.system("inbox")); // issue 15 §1: the schedule tick's runs name the inbox

        Path inbox = inbox();
        if (!Files.isDirectory(inbox)) {
            return 0;
        }
        int started = 0;
        try (Stream<Path> files = Files.list(inbox)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                try {
                    submit(Files.readAllBytes(f), f.getFileName().toString());
                    started++;
                } catch (BizbillException e) {
                    LOG.info("inbox file " + f.getFileName() + " not started: " + e.getMessage());
                }
                Path done = Files.createDirectories(inbox.resolve("done"));
                Files.move(f, done.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            LOG.warning("invoice inbox " + inbox + " unreadable: " + e.getMessage());
        }
        return started;
    }

    private Path store() {
        return Path.of(dataDir, "invoice-files");
    }

    private Path inbox() {
        return inboxDir.filter(d -> !d.isBlank()).map(Path::of).orElse(Path.of(dataDir, "invoice-inbox"));
    }
}
