package com.bizbill.shared.jobs;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Properties;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Issue 16 §1: splits a chunk step over a {@link ChunkWork} into partitions (threads), as many as the configuration
 * key in property {@code countKey} says (default property {@code count}); each partition's reader gets
 * {@code partition} and {@code partitions} and the work splits its items by a key that keeps what must stay in order
 * together (an account's invoices).
 */
@jakarta.enterprise.context.Dependent
@Named("workPartitions")
public class WorkPartitions implements PartitionMapper {

    @Inject
    @BatchProperty
    String countKey;

    @Inject
    @BatchProperty
    String count;

    @Override
    public PartitionPlan mapPartitions() {
        int fallback = count == null || count.isBlank() ? 1 : Integer.parseInt(count);
        int n = countKey == null || countKey.isBlank() ? fallback
                : ConfigProvider.getConfig().getOptionalValue(countKey, Integer.class).orElse(fallback);
        n = Math.max(1, Math.min(n, 32));
        Properties[] props = new Properties[n];
        for (int i = 0; i < n; i++) {
            props[i] = new Properties();
            props[i].setProperty("partition", String.valueOf(i));
            props[i].setProperty("partitions", String.valueOf(n));
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(n);
        plan.setThreads(n);
        plan.setPartitionProperties(props);
        return plan;
    }
}
