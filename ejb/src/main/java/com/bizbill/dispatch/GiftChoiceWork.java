package com.bizbill.dispatch;

import com.bizbill.ordering.GiftChoiceRules;
import com.bizbill.shared.jobs.IdWork;
import com.bizbill.shared.jobs.ItemCounts;
import com.bizbill.shared.jobs.JobPartition;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Issue 22 §2: the daily job {@code gift-choice-defaults}: selectable orders' recipients from the fifth day after
 * their message (reminder), from the seventh (designated gift, or refund), and choices whose answer was lost.
 */
@Dependent
@Named("giftChoiceWork")
public class GiftChoiceWork extends IdWork {

    @Inject
    GiftChoiceSteps steps;

    @Inject
    GiftChoices choices;

    @Inject
    Clock clock;

    @Override
    protected List<Long> ids(String period, JobPartition partition, Long after, int max) {
        Instant now = clock.instant();
        return steps.toLookAt(now.minus(GiftChoiceRules.CHOOSE_WITHIN.minus(GiftChoiceRules.REMIND_BEFORE)),
                now.minus(Duration.ofMinutes(10)), after, max);
    }

    @Override
    protected ItemCounts one(String period, long id) {
        return doneOrSkipped(choices.lookAt(id));
    }
}
