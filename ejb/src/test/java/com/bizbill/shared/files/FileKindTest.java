package com.bizbill.shared.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Uploads are recognised by content, not by name (CB-MEM-2 licence: jpg/jpeg/png/pdf). */
class FileKindTest {

    @Test
    void recognisesJpegPngAndPdfByTheirMagicBytes() {
        assertThat(FileKind.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0}))
                .contains(FileKind.JPEG);
        assertThat(FileKind.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}))
                .contains(FileKind.PNG);
        assertThat(FileKind.detect("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII))).contains(FileKind.PDF);
    }

    @Test
    void refusesEverythingElseWhateverItIsCalled() {
        assertThat(FileKind.detect("<html><script>".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(FileKind.detect(new byte[] {'M', 'Z', (byte) 0x90, 0})).isEmpty(); // a Windows executable
        // a zip is recognised but not among the default documents: only CB-WAL-4's holder document takes it
        assertThat(FileKind.detect(new byte[] {'P', 'K', 3, 4})).contains(FileKind.ZIP);
        assertThat(FileKind.DOCUMENTS).doesNotContain(FileKind.ZIP);
        assertThat(FileKind.detect(new byte[0])).isEmpty();
        assertThat(FileKind.detect(null)).isEmpty();
    }
}
