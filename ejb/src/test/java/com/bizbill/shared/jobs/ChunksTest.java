package com.bizbill.shared.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Issue 16 §1: the building blocks of every chunk work. */
class ChunksTest {

    @Test
    void keysAreReadAPageAtATimeAfterTheCheckpoint() {
        List<Long> all = LongStream.rangeClosed(1, 1_203).boxed().toList();
        List<Long[]> asked = new ArrayList<>();
        var it = Chunks.<Long>paged(200L, 500, (last, max) -> {
            asked.add(new Long[] {last, (long) max});
            return all.stream().filter(k -> last == null || k > last).limit(max).toList();
        });
        List<Long> read = new ArrayList<>();
        it.forEachRemaining(read::add);
        assertThat(read).hasSize(1_003).startsWith(201L).endsWith(1_203L);
        // resumes after the checkpoint, then after each page's last key; never the whole set at once
        assertThat(asked).extracting(a -> a[0]).containsExactly(200L, 700L, 1_200L);
    }

    @Test
    void anItemThatThrowsIsCountedInErrorAndTheOthersGoOn() {
        ItemCounts c = Chunks.eachItem(List.of(1L, 2L, 3L, 4L), id -> {
            if (id == 2L) {
                throw new jakarta.ejb.EJBException(new com.bizbill.shared.error.BizbillException(
                        com.bizbill.shared.error.ErrorCode.TAX_INVOICE_REFUSED, "gateway refused invoice 2"));
            }
            if (id == 3L) {
                throw new IllegalStateException("a bug: 3");
            }
            return id == 4L ? ItemCounts.of(ItemOutcome.SKIPPED) : ItemCounts.of(ItemOutcome.DONE, 1_000);
        });
        assertThat(c.done()).isEqualTo(1);
        assertThat(c.skipped()).isEqualTo(1);
        assertThat(c.inError()).isEqualTo(2);
        assertThat(c.amount()).isEqualTo(1_000);
        assertThat(c.firstError()).isEqualTo("2: gateway refused invoice 2"); // a refusal's words, not the wrapper's
        assertThat(Chunks.words(3L, new IllegalStateException("a bug: 3")))
                .matches("internal error, incident [0-9a-f]{8}"); // a bug's details stay in the log
    }

    @Test
    void bpPay3PartitionsKeepAnAccountInOneAndCoverEveryAccountOnce() {
        int n = 4;
        for (long account = 0; account < 1_000; account++) {
            long a = account;
            assertThat(java.util.stream.IntStream.range(0, n).filter(i -> new JobPartition(i, n).holds(a)).count())
                    .isEqualTo(1);
        }
        assertThat(JobPartition.WHOLE.holds(12345)).isTrue();
    }
}
