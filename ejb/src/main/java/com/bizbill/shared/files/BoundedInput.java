package com.bizbill.shared.files;

import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Reads an upload with a limit checked while reading (issue 14): at most {@code limit + 1} bytes are
 * ever taken from the stream, so a too-large file is refused before it is read whole and never sits
 * in memory. The refusal is UPLOAD_TOO_LARGE with the field message {@code file.tooLargeMax} (limit
 * in MB).
 */
public final class BoundedInput {

    private BoundedInput() {
    }

    public static byte[] readAtMost(InputStream in, long limit, String field) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(limit + 1, 64 * 1024));
        byte[] buffer = new byte[8192];
        long total = 0;
        while (total <= limit) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, limit + 1 - total));
            if (n < 0) {
                return out.toByteArray();
            }
            total += n;
            if (total > limit) {
                break;
            }
            out.write(buffer, 0, n);
        }
        throw tooLarge(limit, field);
    }

    public static BizbillException tooLarge(long limit, String field) {
        return new BizbillException(ErrorCode.UPLOAD_TOO_LARGE, "the file is larger than " + limit + " bytes",
                List.of(new BizbillException.FieldError(field, "file.tooLargeMax",
                        List.of(Math.max(1, limit / (1024 * 1024))))));
    }
}
