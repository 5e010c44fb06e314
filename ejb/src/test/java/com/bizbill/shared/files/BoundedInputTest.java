package com.bizbill.shared.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** Issue 14: an upload's limit is checked while reading; at most limit + 1 bytes are ever read. */
class BoundedInputTest {

    /** An endless stream that counts what was taken from it. */
    static final class Endless extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) 'x');
            read += len;
            return len;
        }
    }

    @Test
    void aFileAtTheLimitIsReadWhole() throws Exception {
        byte[] ten = "0123456789".getBytes();
        assertThat(BoundedInput.readAtMost(new ByteArrayInputStream(ten), 10, "file")).isEqualTo(ten);
        assertThat(BoundedInput.readAtMost(new ByteArrayInputStream(new byte[0]), 10, "file")).isEmpty();
    }

    @Test
    void oneByteMoreIsRefusedWithAFieldMessage() {
        BizbillException e = assertThrows(BizbillException.class,
                () -> BoundedInput.readAtMost(new ByteArrayInputStream(new byte[11]), 10, "statement"));
        assertThat(e.getCode()).isEqualTo(ErrorCode.UPLOAD_TOO_LARGE);
        assertThat(e.getFieldErrors().get(0).field()).isEqualTo("statement");
        assertThat(e.getFieldErrors().get(0).message()).isEqualTo("file.tooLargeMax");
    }

    @Test
    void anEndlessStreamStopsAtTheLimitPlusOneByte() {
        Endless endless = new Endless();
        long limit = 3L * 1024 * 1024 + 17;
        assertThrows(BizbillException.class, () -> BoundedInput.readAtMost(endless, limit, "file"));
        assertThat(endless.read).isEqualTo(limit + 1);
        BizbillException e = BoundedInput.tooLarge(limit, "file");
        assertThat(e.getFieldErrors().get(0).args()).containsExactly(3L);
    }
}
