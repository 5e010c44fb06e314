package com.bizbill.usage;

import com.bizbill.shared.jobs.ChunkWork;
import com.bizbill.shared.jobs.Chunks;
import com.bizbill.shared.jobs.ItemCounts;
import com.bizbill.shared.jobs.JobPartition;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * NB-CYC-1, the job {@code usage-collection} of a usage month (the 2nd): one bill per store with delivered messages.
 * The items are the stores of the month's grouped count, which stays in the database ({@link UsageBills#rate});
 * a chunk of stores is written in one transaction, each bill with its receivable. A store billed already (a re-run,
 * a restart after a crash) is skipped by the writer, so the month is billed once per store.
 */
@Dependent
@Named("usageCollectionWork")
public class UsageCollectionWork implements ChunkWork<UsageCollectionWork.StoreUsage> {

    /** One store's rated usage of the month. */
    public record StoreUsage(long storeId, UsageRating.Rated rated) {
    }

    @Inject
    UsageBills bills;

    @Inject
    UsageBillWriter writer;

    @Override
    public Iterator<StoreUsage> items(String period, JobPartition partition, Serializable after) {
        Long last = Chunks.longKey(after);
        var rated = last == null ? bills.rate(YearMonth.parse(period)) : bills.rate(YearMonth.parse(period)).tailMap(last + 1);
        return rated.entrySet().stream().map(e -> new StoreUsage(e.getKey(), e.getValue())).iterator();
    }

    @Override
    public Serializable keyOf(StoreUsage item) {
        return item.storeId();
    }

    /**
     * Bills per writing transaction. The chunk (item-count in the job XML) may be larger: a chunk's checkpoint costs a
     * commit of the job repository, while a writing transaction of more bills gets slower per bill (each bill's flush
     * walks the whole persistence context; 1,000 per transaction took 2.6 times as long as 200, and 100 is faster still).
     */
    static final int BILLS_PER_TRANSACTION = 100;

    @Override
    public ItemCounts process(String period, List<StoreUsage> items) {
        YearMonth month = YearMonth.parse(period);
        ItemCounts counts = ItemCounts.NONE;
        for (int from = 0; from < items.size(); from += BILLS_PER_TRANSACTION) {
            counts = counts.plus(writeTogether(month, items.subList(from, Math.min(items.size(),
                    from + BILLS_PER_TRANSACTION))));
        }
        return counts;
    }

    private ItemCounts writeTogether(YearMonth month, List<StoreUsage> items) {
        try {
            return written(items, writer.write(month, asMap(items)));
        } catch (RuntimeException failed) {
            // one store the writer cannot bill must not hold back the others: write them one by one, so only the
            // one in error is left for the re-run
            return Chunks.eachItem(items, item -> written(List.of(item), writer.write(month, asMap(List.of(item)))));
        }
    }

    private static Map<Long, UsageRating.Rated> asMap(List<StoreUsage> items) {
        Map<Long, UsageRating.Rated> map = new LinkedHashMap<>();
        items.forEach(i -> map.put(i.storeId(), i.rated()));
        return map;
    }

    /** Bills written are done (their totals the amount); the rest were billed before, or owe nothing. */
    private static ItemCounts written(List<StoreUsage> items, List<UsageBill> bills) {
        long total = bills.stream().mapToLong(UsageBill::getTotal).sum();
        return new ItemCounts(bills.size(), items.size() - bills.size(), 0, 0, total, null);
    }
}
