package com.bizbill.catalog;

import com.bizbill.shared.jobs.ChunkWork;
import com.bizbill.shared.jobs.Chunks;
import com.bizbill.shared.jobs.ItemCounts;
import com.bizbill.shared.jobs.JobPartition;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Issue 19 §2, the job {@code catalog-refresh} of a day: the supplier's goods list read a page at a time (the
 * checkpoint is the position in the list), each product merged in its own transaction; when the whole list was
 * read with none in error, the products it no longer names are discontinued.
 */
@Dependent
@Named("catalogRefreshWork")
public class CatalogRefreshWork implements ChunkWork<CatalogRefreshWork.Listed> {

    /** Goods read per supplier call. */
    static final int PAGE = 100;

    /** A product at its 1-based position in the supplier's list. */
    public record Listed(int position, CouponSupplier.Goods goods) implements Serializable {
    }

    @Inject
    CouponSupplier supplier;

    @Inject
    CatalogService catalog;

    @Override
    public Iterator<Listed> items(String period, JobPartition partition, Serializable after) {
        Listed start = after == null ? null : new Listed((Integer) after, null);
        return Chunks.paged(start, PAGE, (last, max) -> {
            int from = last == null ? 1 : last.position() + 1;
            CouponSupplier.GoodsPage page = supplier.goods(from, max);
            List<Listed> listed = new ArrayList<>();
            for (int i = 0; i < page.goods().size(); i++) {
                listed.add(new Listed(from + i, page.goods().get(i)));
            }
            return listed;
        });
    }

    @Override
    public Serializable keyOf(Listed item) {
        return item.position();
    }

    @Override
    public ItemCounts process(String period, List<Listed> items) {
        return Chunks.eachItem(items, l -> ItemCounts.of(catalog.merge(l.goods(), period)));
    }

    @Override
    public void finished(String period, JobPartition partition) {
        catalog.discontinueUnlisted(period);
    }
}
