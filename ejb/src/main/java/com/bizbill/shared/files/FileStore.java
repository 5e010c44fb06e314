package com.bizbill.shared.files;

import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Uploaded documents (licences, evidence, bank-book copies), stored outside the web root under
 * {@code bizbill.files.dir} (default {@code <bizbill.data>/uploads}). Checked by content and size
 * before anything is written; a stored file is addressed by an opaque key.
 */
@ApplicationScoped
public class FileStore {

    public static final long MAX_BYTES = 10L * 1024 * 1024;

    @Inject
    @ConfigProperty(name = "bizbill.files.dir")
    java.util.Optional<String> configuredDir;

    @Inject
    @ConfigProperty(name = "bizbill.data", defaultValue = "data")
    String dataDir;

    @Inject
    Clock clock;

    /** Stores an upload of an allowed kind; returns its key. */
    public Stored store(byte[] content, String field) {
        return store(content, field, FileKind.DOCUMENTS);
    }

    /** Stores an upload whose content is one of {@code allowed}; returns its key. */
    public Stored store(byte[] content, String field, java.util.Set<FileKind> allowed) {
        if (content == null || content.length == 0) {
            throw field(field, "file.empty");
        }
        if (content.length > MAX_BYTES) {
            throw field(field, "file.tooLarge");
        }
        FileKind kind = FileKind.detect(content).filter(allowed::contains).orElseThrow(() -> field(field, "file.type"));
        String key = LocalDate.now(clock).getYear() + "/" + UUID.randomUUID() + "." + kind.extension();
        Path target = root().resolve(key);
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, content);
        } catch (IOException e) {
            throw new UncheckedIOException("could not store upload", e);
        }
        return new Stored(key, kind);
    }

    public byte[] read(String key) {
        Path p = root().resolve(key).normalize();
        if (!p.startsWith(root())) {
            throw new BizbillException(ErrorCode.FILE_NOT_FOUND, "no file " + key);
        }
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new BizbillException(ErrorCode.FILE_NOT_FOUND, "no file " + key);
        }
    }

    private Path root() {
        String dir = configuredDir.filter(d -> !d.isBlank()).orElse(dataDir + "/uploads");
        return Path.of(dir).toAbsolutePath().normalize();
    }

    private static BizbillException field(String field, String key) {
        return new BizbillException(ErrorCode.VALIDATION_FAILED, key,
                java.util.List.of(new BizbillException.FieldError(field, key)));
    }

    /** A stored upload: its key and its real kind. */
    public record Stored(String key, FileKind kind) {
    }
}
