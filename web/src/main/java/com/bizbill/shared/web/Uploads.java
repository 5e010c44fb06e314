package com.bizbill.shared.web;

import com.bizbill.shared.files.BoundedInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every upload of the screens is read here (issue 14): its size is checked first by what the part
 * declares and then while reading, so no file beyond its limit is ever read whole. Two limits:
 * documents (licence, evidence, refund papers, Q&A attachments; {@code bizbill.upload.max-bytes}) and
 * data files (bank statements, invoice and usage files; {@code bizbill.upload.import-max-bytes}).
 */
@ApplicationScoped
public class Uploads {

    public enum Kind {
        DOCUMENT, DATA_FILE
    }

    @Inject
    @ConfigProperty(name = "bizbill.upload.max-bytes", defaultValue = "10485760")
    long documentLimit;

    @Inject
    @ConfigProperty(name = "bizbill.upload.import-max-bytes", defaultValue = "10485760")
    long dataFileLimit;

    public long limit(Kind kind) {
        return kind == Kind.DOCUMENT ? documentLimit : dataFileLimit;
    }

    /**
     * The part's bytes, or UPLOAD_TOO_LARGE (field {@code field}, message {@code file.tooLargeMax}) at
     * limit + 1 byte.
     */
    public byte[] read(Part part, Kind kind, String field) throws IOException {
        long limit = limit(kind);
        if (part.getSize() > limit) {
            throw BoundedInput.tooLarge(limit, field);
        }
        try (InputStream in = part.getInputStream()) {
            return BoundedInput.readAtMost(in, limit, field);
        }
    }
}
