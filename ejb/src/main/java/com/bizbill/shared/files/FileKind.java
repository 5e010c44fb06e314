package com.bizbill.shared.files;

import java.util.Optional;

/** Upload kinds recognised by their content (magic bytes), never by the file name. */
public enum FileKind {
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    PDF("application/pdf", "pdf"),
    /** Only where a rule allows it (CB-WAL-4: the holder's extra document). */
    ZIP("application/zip", "zip");

    /** What uploads accept unless a rule says more: images and PDF. */
    public static final java.util.Set<FileKind> DOCUMENTS = java.util.EnumSet.of(JPEG, PNG, PDF);

    private final String contentType;
    private final String extension;

    FileKind(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** The kind the bytes really are, or empty for anything else (renamed executables, HTML, …). */
    public static Optional<FileKind> detect(byte[] head) {
        if (head == null || head.length < 4) {
            return Optional.empty();
        }
        if ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (head.length >= 8 && (head[0] & 0xFF) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G'
                && head[4] == 0x0D && head[5] == 0x0A && head[6] == 0x1A && head[7] == 0x0A) {
            return Optional.of(PNG);
        }
        if (head.length >= 5 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F' && head[4] == '-') {
            return Optional.of(PDF);
        }
        if (head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return Optional.of(ZIP);
        }
        return Optional.empty();
    }
}
