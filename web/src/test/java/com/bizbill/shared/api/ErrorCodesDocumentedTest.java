package com.bizbill.shared.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.bizbill.shared.error.ErrorCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Issue 15 §2: every code is in the README's table and in /openapi's list, with its status and context. */
class ErrorCodesDocumentedTest {

    private static final Pattern ROW = Pattern.compile("^\\| `([A-Z_]+)` \\| (\\d{3}) \\| ([A-Z_]+) \\| (.+) \\|$",
            Pattern.MULTILINE);

    /** The repository's README: found from the module directory surefire runs in, or any parent of it. */
    private static String readme() throws IOException {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path readme = dir.resolve("README.md");
            if (Files.isRegularFile(readme) && Files.readString(readme, StandardCharsets.UTF_8).contains("## Error codes")) {
                return Files.readString(readme, StandardCharsets.UTF_8);
            }
        }
        throw new IllegalStateException("no README.md with an \"Error codes\" section above " + Path.of("").toAbsolutePath());
    }

    @Test
    void issue15_2_theReadmeTableListsEveryCodeWithItsStatusAndContext() throws IOException {
        String readme = readme();
        String section = readme.substring(readme.indexOf("## Error codes"));
        int next = section.indexOf("\n## ", 3);
        section = next < 0 ? section : section.substring(0, next);
        Map<String, String> rows = new java.util.HashMap<>();
        Matcher m = ROW.matcher(section);
        while (m.find()) {
            assertThat(m.group(4)).as(m.group(1) + "'s meaning").isNotBlank();
            rows.put(m.group(1), m.group(2) + " " + m.group(3));
        }
        for (ErrorCode c : ErrorCode.values()) {
            assertThat(rows).as("README \"Error codes\" row of " + c)
                    .containsEntry(c.name(), c.httpStatus() + " " + c.context().name());
        }
        assertThat(rows.keySet()).as("no row for a code that is gone")
                .allMatch(name -> java.util.Arrays.stream(ErrorCode.values()).anyMatch(c -> c.name().equals(name)));
    }

    @Test
    void issue15_2_theOpenApiListHasEveryCodeWithItsTypeStatusAndContext() {
        List<Map<String, Object>> types = ErrorCodesOpenApiFilter.problemTypes();
        Map<Object, Map<String, Object>> byCode = types.stream().collect(Collectors.toMap(t -> t.get("code"), t -> t));
        assertThat(ErrorCodesOpenApiFilter.codes()).hasSize(ErrorCode.values().length);
        for (ErrorCode c : ErrorCode.values()) {
            assertThat(byCode.get(c.name())).as(c.name())
                    .containsEntry("type", c.typeUri())
                    .containsEntry("status", c.httpStatus())
                    .containsEntry("context", c.context().name());
        }
    }
}
