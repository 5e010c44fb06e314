package com.bizbill.billing;

import com.bizbill.shared.context.CallContext;
import com.bizbill.shared.Money;
import com.bizbill.shared.Page;
import com.bizbill.shared.Vat;
import com.bizbill.shared.WholeNumbers;
import com.bizbill.shared.idempotency.IdempotencyKeys;
import com.bizbill.shared.spreadsheet.CsvFiles;
import com.bizbill.shared.spreadsheet.TabularReader;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * BP-INV-2 file import: a CSV/xlsx of invoice lines (one row per line, grouped by invoice number).
 * Every row is checked first; a file with any bad row is refused whole (nothing imported) and the
 * report names each bad row. A good file is imported in one transaction, each invoice idempotently by
 * its number. The same file content is imported once.
 */
@Stateless
public class InvoiceFileImport {

    @Inject
    CallContext callContext;

    @PersistenceContext
    EntityManager em;

    @Inject
    com.bizbill.shared.limits.BusinessLimits limits;

    @Inject
    InvoiceService invoices;

    @Inject
    Clock clock;

    private record Parsed(long accountId, String number, InvoiceData data, int firstRow) {
    }

    public ImportRun importFile(byte[] content, String fileName, String source) {
        String hash = hash(content);
        Optional<ImportRun> earlier = byHash(hash);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        List<List<String>> problems = new ArrayList<>();
        List<Parsed> parsed = parse(content, problems);
        // issue 17 §5: the report is CSV by Commons CSV; its problem column names a label (ImportProblem.*) so the
        // download reads in the user's language, the English detail stays for the API and older reports
        List<List<String>> report = new ArrayList<>();
        report.add(List.of("row", "invoice", "outcome", "detail", "problem", "value"));
        if (!problems.isEmpty()) {
            report.addAll(problems);
            return record(hash, fileName, source, "REFUSED", parsed.size(), new int[4], CsvFiles.write(report, false));
        }
        int[] counts = new int[4]; // created, updated, unchanged, reported
        for (Parsed p : parsed) {
            InvoiceService.ImportResult r = invoices.importInvoice(p.accountId(), p.number(), p.data());
            switch (r.outcome()) {
                case CREATED -> counts[0]++;
                case UPDATED -> counts[1]++;
                case UNCHANGED -> counts[2]++;
                default -> counts[3]++;
            }
            report.add(List.of(String.valueOf(p.firstRow()), p.number(), r.outcome().name(),
                    String.join(" ", r.problems()), r.problems().isEmpty() ? "" : "fields", String.join(" ", r.problems())));
        }
        return record(hash, fileName, source, "IMPORTED", parsed.size(), counts, CsvFiles.write(report, false));
    }

    public Page<ImportRun> history(int page, int size) {
        long total = em.createQuery("select count(r) from ImportRun r", Long.class).getSingleResult();
        return new Page<>(em.createQuery("select r from ImportRun r order by r.id desc", ImportRun.class)
                .setFirstResult(page * size).setMaxResults(size).getResultList(), page, size, total);
    }

    public Optional<ImportRun> run(long id) {
        return Optional.ofNullable(em.find(ImportRun.class, id));
    }

    public Optional<ImportRun> byHash(String hash) {
        return em.createQuery("select r from ImportRun r where r.fileHash = :h", ImportRun.class).setParameter("h", hash)
                .getResultStream().findFirst();
    }

    public static String hash(byte[] content) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private ImportRun record(String hash, String fileName, String source, String status, int count, int[] c,
                             String report) {
        ImportRun run = new ImportRun(hash, fileName.length() > 200 ? fileName.substring(0, 200) : fileName, source,
                status, count, c[0], c[1], c[2], c[3], report, callContext.actorName(), clock.instant());
        em.persist(run);
        return run;
    }

    /** Rows → invoices; every problem is a report line "row,invoice,REJECTED,why". */
    private List<Parsed> parse(byte[] content, List<List<String>> problems) {
        List<List<String>> rows;
        try {
            rows = content == null || content.length == 0 ? List.of() : TabularReader.read(content);
        } catch (IOException e) {
            problems.add(rejected(0, "", "not a readable CSV or xlsx file", "unreadable", ""));
            return List.of();
        } catch (com.bizbill.shared.error.BizbillException e) {
            // issue 14: POI's zip-bomb guard refused the xlsx (it expands too much when unpacked)
            problems.add(rejected(0, "", "spreadsheet refused: it expands too much when unpacked (zip-bomb guard)",
                    "zipBomb", ""));
            return List.of();
        }
        if (rows.size() < 2) {
            problems.add(rejected(0, "", "empty file", "empty", ""));
            return List.of();
        }
        List<String> h = rows.get(0);
        int number = TabularReader.column(h, "청구서번호", "number");
        int account = TabularReader.column(h, "청구계정", "billingAccountId");
        int month = TabularReader.column(h, "청구월", "billingMonth");
        int issue = TabularReader.column(h, "발행일", "issueDate");
        int due = TabularReader.column(h, "납부기한", "dueDate");
        int service = TabularReader.column(h, "서비스", "service");
        int period = TabularReader.column(h, "사용기간", "usagePeriod");
        int supply = TabularReader.column(h, "공급가액", "supplyAmount");
        if (number < 0 || account < 0 || month < 0 || issue < 0 || due < 0 || service < 0 || supply < 0) {
            problems.add(rejected(1, "", "columns 청구서번호 청구계정 청구월 발행일 납부기한 서비스 사용기간 공급가액 are required",
                    "columns", ""));
            return List.of();
        }
        Map<String, List<Integer>> byNumber = new LinkedHashMap<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            if (r.stream().allMatch(String::isBlank)) {
                continue;
            }
            String n = TabularReader.at(r, number);
            if (n.isEmpty() || n.length() > 60) {
                problems.add(rejected(i + 1, "", "number", "number", ""));
                continue;
            }
            byNumber.computeIfAbsent(n, k -> new ArrayList<>()).add(i);
        }
        List<Parsed> parsed = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> e : byNumber.entrySet()) {
            List<Integer> idx = e.getValue();
            List<String> first = rows.get(idx.get(0));
            int rowNo = idx.get(0) + 1;
            try {
                long accountId = Long.parseLong(TabularReader.at(first, account));
                YearMonth m = YearMonth.parse(TabularReader.at(first, month));
                LocalDate issued = TabularReader.dateOf(TabularReader.at(first, issue));
                LocalDate dueDate = TabularReader.dateOf(TabularReader.at(first, due));
                List<InvoiceLine> lines = new ArrayList<>();
                for (int i : idx) {
                    List<String> r = rows.get(i);
                    if (!TabularReader.at(r, account).equals(TabularReader.at(first, account))
                            || !TabularReader.at(r, month).equals(TabularReader.at(first, month))) {
                        problems.add(rejected(i + 1, e.getKey(), "rows of one invoice disagree", "disagree", ""));
                    }
                    // numbers at the boundary (issue 13): a whole won within one invoice's maximum, or refused
                    lines.add(new InvoiceLine(TabularReader.at(r, service), TabularReader.at(r, period),
                            WholeNumbers.parse(TabularReader.at(r, supply), 0, limits.invoice())));
                }
                // each line is bounded and an invoice has at most MAX_LINES of them: the sum cannot overflow
                long sum = lines.size() > InvoiceData.MAX_LINES ? -1
                        : lines.stream().mapToLong(InvoiceLine::getSupplyAmount).sum();
                long vat = Vat.fromSupply(Money.won(Math.max(0, sum))).vat().won();
                InvoiceData data = new InvoiceData(m, issued, dueDate, sum, vat, sum < 0 ? -1 : sum + vat, lines);
                List<String> bad = new ArrayList<>(data.problems(limits.invoice()));
                if (em.find(BillingAccount.class, accountId) == null) {
                    bad.add("billingAccountId");
                }
                if (!bad.isEmpty()) {
                    problems.add(rejected(rowNo, e.getKey(), String.join(" ", bad), "fields", String.join(" ", bad)));
                    continue;
                }
                parsed.add(new Parsed(accountId, e.getKey(), data, rowNo));
            } catch (WholeNumbers.Refused ex) {
                problems.add(rejected(rowNo, e.getKey(), "supply amount: a whole number of won from 0 to "
                        + limits.invoice(), "supply", String.valueOf(limits.invoice())));
            } catch (NumberFormatException | DateTimeParseException ex) {
                problems.add(rejected(rowNo, e.getKey(), "account id, yyyy-MM month, yyyy-MM-dd dates, whole-won amounts",
                        "format", ""));
            }
        }
        return parsed;
    }

    /** A report line of a refused row (fields from the file are neutralised when the CSV is written, issue 14). */
    private static List<String> rejected(int row, String invoice, String detail, String problem, String value) {
        return List.of(String.valueOf(row), invoice, "REJECTED", detail, problem, value);
    }
}
