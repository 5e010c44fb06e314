package com.bizbill.shared.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every periodic job the contexts declare (issue 16 §1: {@code shared} names none of them). */
@ApplicationScoped
public class PeriodicJobs {

    @Inject
    @Any
    Instance<JobCatalog> catalogs;

    private List<PeriodicJob> fixed;

    /** Of the given jobs (unit tests). */
    public static PeriodicJobs of(List<PeriodicJob> jobs) {
        PeriodicJobs all = new PeriodicJobs();
        all.fixed = List.copyOf(jobs);
        return all;
    }

    /** All jobs, by job name. */
    public List<PeriodicJob> all() {
        if (fixed != null) {
            return fixed;
        }
        List<PeriodicJob> jobs = new ArrayList<>();
        catalogs.forEach(c -> jobs.addAll(c.jobs()));
        jobs.sort(Comparator.comparing(PeriodicJob::jobXmlName));
        return jobs;
    }

    public Optional<PeriodicJob> byXmlName(String name) {
        return all().stream().filter(j -> j.jobXmlName().equals(name)).findFirst();
    }

    /** The jobs staff start from the jobs screen or the API by a period. */
    public List<PeriodicJob> startableByStaff() {
        return all().stream().filter(PeriodicJob::startableByStaff).toList();
    }
}
