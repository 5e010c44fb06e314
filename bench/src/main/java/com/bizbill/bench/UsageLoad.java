package com.bizbill.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The usage benchmark's data set, written with plain JDBC into the stopped server's Derby database (the
 * schema and the demo data are already there): {@code stores} partner stores ({@code ORGANISATION} rows of
 * kind PARTNER_STORE with a main phone) and {@code records} imported usage records of one month for them.
 *
 * <p>The records go in through Derby's bulk import ({@code SYSCS_UTIL.SYSCS_IMPORT_DATA}) from a generated
 * CSV file, in replace mode: Derby bulk-inserts (unlogged, indexes built by sorting) only into an empty table
 * or in replace mode, so the rows already in the table (the demo store's usage) are written into the same
 * file first and come back with new ids. The indexes are never dropped: they stay exactly as the changelog
 * created them, and {@link #indexColumns} reads their columns back for the check. Then the table's
 * statistics are updated, so the optimizer knows it has millions of rows.
 *
 * <p>Data shape (seeded, the same every run): a record's store is picked uniformly among the bench stores,
 * except that every store whose index ends in 99 (of each 100) gets no record at all and every store ending in 98
 * only FAILED ones (neither may be billed); types 70 % ALIMTALK, 20 % SMS, 10 % LMS; 95 % DELIVERED; days
 * uniform over the month, times between 08:00 and 22:00 Asia/Seoul; source IMPORT, reported when sent, a
 * unique provider message id {@code UB-<tag>-<n>}.
 */
final class UsageLoad {

    static final String[] TYPES = {"ALIMTALK", "SMS", "LMS"};
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final String COLUMNS = "STORE_ID,MESSAGE_TYPE,RECIPIENT,SENT_AT,SENT_DATE,PROVIDER_MESSAGE_ID,STATUS,"
            + "RESULT_CODE,REPORTED_AT,SOURCE,FALLBACK_TEXT,FALLBACK_OF,VERSION";

    /** What the benchmark needs to know about the loaded data. */
    static final class Loaded {
        long demoStoreId;
        List<Long> storeIds = new ArrayList<>();
        /** Delivered records generated per bench store (index as in storeIds) and type. */
        long[][] delivered;
        long generated;
        long keptRows;
        /** Records of the month in the table after the load (generated + kept rows of that month). */
        long monthRecords;
        long tableRows;
        long apiRowsBefore;
        long sandboxMessagesBefore;
        /** Delivered records of the month already in the table before the load (the demo store's), per store and type. */
        Map<Long, long[]> keptDelivered = new HashMap<>();
        double storesSeconds;
        double csvSeconds;
        double importSeconds;
        double statsSeconds;
        long csvBytes;
        Map<String, List<String>> indexes = new LinkedHashMap<>();
    }

    private UsageLoad() {
    }

    static Loaded load(Path database, Path work, YearMonth month, int stores, long records, String tag)
            throws SQLException, IOException {
        Loaded out = new Loaded();
        try (Connection c = DriverManager.getConnection("jdbc:derby:" + database.toAbsolutePath())) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                out.demoStoreId = single(s, "SELECT M.ORGANISATION_ID FROM MEMBER M WHERE M.LOGIN_ID = 'partner'");
                out.apiRowsBefore = single(s, "SELECT COUNT(*) FROM USAGE_RECORD WHERE STORE_ID = " + out.demoStoreId
                        + " AND SOURCE = 'API'");
                out.sandboxMessagesBefore = single(s, "SELECT COUNT(*) FROM SANDBOX_MESSAGE");
                try (PreparedStatement p = c.prepareStatement("SELECT STORE_ID, MESSAGE_TYPE, COUNT(*) FROM USAGE_RECORD"
                        + " WHERE SENT_DATE >= ? AND SENT_DATE < ? AND STATUS = 'DELIVERED' GROUP BY STORE_ID, MESSAGE_TYPE")) {
                    p.setDate(1, java.sql.Date.valueOf(month.atDay(1)));
                    p.setDate(2, java.sql.Date.valueOf(month.plusMonths(1).atDay(1)));
                    try (ResultSet r = p.executeQuery()) {
                        while (r.next()) {
                            out.keptDelivered.computeIfAbsent(r.getLong(1), k -> new long[3])[typeIndex(r.getString(2))]
                                    += r.getLong(3);
                        }
                    }
                }
                long linked = single(s, "SELECT COUNT(*) FROM USAGE_RECORD WHERE FALLBACK_OF IS NOT NULL");
                if (linked > 0) {
                    throw new IllegalStateException(linked + " usage records point at another by id (FALLBACK_OF):"
                            + " the replace-mode import would renumber them; load into a fresh database");
                }
            }

            // ---- stores
            long t0 = System.nanoTime();
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement p = c.prepareStatement("INSERT INTO ORGANISATION (NAME, KIND, CREATED_AT, VERSION,"
                    + " STATUS, MAIN_PHONE, CREDIT_LIMIT) VALUES (?, 'PARTNER_STORE', ?, 0, 'ACTIVE', ?, 0)")) {
                for (int k = 1; k <= stores; k++) {
                    p.setString(1, storeName(tag, k));
                    p.setTimestamp(2, now);
                    p.setString(3, String.format("02%08d", 10_000_000 + k));
                    p.addBatch();
                    if (k % 1000 == 0 || k == stores) {
                        p.executeBatch();
                    }
                }
            }
            c.commit();
            try (PreparedStatement p = c.prepareStatement("SELECT ID FROM ORGANISATION WHERE NAME LIKE ? ORDER BY NAME")) {
                p.setString(1, "UBENCH-" + tag + "-%");
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.storeIds.add(r.getLong(1));
                    }
                }
            }
            if (out.storeIds.size() != stores) {
                throw new IllegalStateException("inserted " + stores + " stores, found " + out.storeIds.size());
            }
            out.storesSeconds = (System.nanoTime() - t0) / 1e9;

            // ---- the CSV: the rows already in the table, then the generated ones
            Path csv = work.resolve("usage-records.csv");
            long t1 = System.nanoTime();
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(csv), 1 << 20)) {
                out.keptRows = writeExisting(c, file);
                out.delivered = generate(file, out.storeIds, month, records, tag);
            }
            out.generated = records;
            out.csvBytes = Files.size(csv);
            out.csvSeconds = (System.nanoTime() - t1) / 1e9;
            c.commit();

            // ---- bulk import (replace mode: the table is rewritten with the kept rows and the generated ones)
            long t2 = System.nanoTime();
            try (PreparedStatement p = c.prepareStatement(
                    "CALL SYSCS_UTIL.SYSCS_IMPORT_DATA(NULL, 'USAGE_RECORD', ?, NULL, ?, ',', '\"', 'UTF-8', 1)")) {
                p.setString(1, COLUMNS);
                p.setString(2, csv.toAbsolutePath().toString());
                p.execute();
            }
            c.commit();
            out.importSeconds = (System.nanoTime() - t2) / 1e9;
            Files.deleteIfExists(csv);

            // ---- statistics of every index of the table
            long t3 = System.nanoTime();
            try (Statement s = c.createStatement()) {
                s.execute("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS(CURRENT SCHEMA, 'USAGE_RECORD', NULL)");
            }
            c.commit();
            out.statsSeconds = (System.nanoTime() - t3) / 1e9;

            // the table takes its ids from USAGE_RECORD_SEQ (changelog 020, blocks of 50): the imported rows used ids
            // past it, so it starts again after them (Derby cannot restart a sequence: drop and create it), or every
            // message the API accepts afterwards collides with a loaded row's key
            try (Statement s = c.createStatement()) {
                long next = single(s, "SELECT COALESCE(MAX(ID), 0) FROM USAGE_RECORD") + 1000;
                s.execute("DROP SEQUENCE USAGE_RECORD_SEQ RESTRICT");
                s.execute("CREATE SEQUENCE USAGE_RECORD_SEQ AS BIGINT START WITH " + next + " INCREMENT BY 50");
            }
            c.commit();

            try (PreparedStatement p = c.prepareStatement(
                    "SELECT COUNT(*) FROM USAGE_RECORD WHERE SENT_DATE >= ? AND SENT_DATE < ?")) {
                p.setDate(1, java.sql.Date.valueOf(month.atDay(1)));
                p.setDate(2, java.sql.Date.valueOf(month.plusMonths(1).atDay(1)));
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    out.monthRecords = r.getLong(1);
                }
            }
            try (Statement s = c.createStatement()) {
                out.tableRows = single(s, "SELECT COUNT(*) FROM USAGE_RECORD");
            }
            out.indexes = indexColumns(c, "USAGE_RECORD");
            c.commit();
        } finally {
            shutdown(database);
        }
        return out;
    }

    static int typeIndex(String type) {
        for (int t = 0; t < TYPES.length; t++) {
            if (TYPES[t].equals(type)) {
                return t;
            }
        }
        throw new IllegalArgumentException("message type " + type);
    }

    static String storeName(String tag, int k) {
        return "UBENCH-" + tag + "-" + String.format("%05d", k);
    }

    /** Copies every row already in USAGE_RECORD (but its id) into the CSV; returns how many. */
    private static long writeExisting(Connection c, OutputStream file) throws SQLException, IOException {
        long n = 0;
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT " + COLUMNS + " FROM USAGE_RECORD ORDER BY ID")) {
            int columns = r.getMetaData().getColumnCount();
            StringBuilder line = new StringBuilder(256);
            while (r.next()) {
                line.setLength(0);
                for (int i = 1; i <= columns; i++) {
                    if (i > 1) {
                        line.append(',');
                    }
                    Object v = r.getObject(i);
                    if (v == null) {
                        continue; // an empty field without quotes: NULL
                    }
                    if (v instanceof String text) {
                        line.append('"').append(text.replace("\"", "\"\"")).append('"');
                    } else {
                        line.append(v); // numbers, java.sql.Date (yyyy-mm-dd), Timestamp (yyyy-mm-dd hh:mm:ss.f)
                    }
                }
                line.append('\n');
                file.write(line.toString().getBytes(StandardCharsets.UTF_8));
                n++;
            }
        }
        return n;
    }

    /** Writes the generated records; returns the delivered count per store index and type. */
    private static long[][] generate(OutputStream file, List<Long> storeIds, YearMonth month, long records, String tag)
            throws IOException {
        int stores = storeIds.size();
        long[][] delivered = new long[stores][3];
        List<Integer> eligible = new ArrayList<>();
        for (int k = 0; k < stores; k++) {
            if (stores < 100 || k % 100 != 99) {
                eligible.add(k);
            }
        }
        int days = month.lengthOfMonth();
        // SENT_AT is written as the server writes an Instant: the local time of the JVM's default zone
        ZoneId local = ZoneId.systemDefault();
        long[] dayStart = new long[days + 1];
        byte[][] dayText = new byte[days + 1][];
        ZoneOffset[] offsets = new ZoneOffset[days + 1];
        for (int d = 1; d <= days; d++) {
            LocalDate day = month.atDay(d);
            dayStart[d] = day.atStartOfDay(SEOUL).toEpochSecond();
            dayText[d] = day.toString().getBytes(StandardCharsets.US_ASCII);
            offsets[d] = local.getRules().getOffset(Instant.ofEpochSecond(dayStart[d] + 12 * 3600));
        }
        byte[][] typeText = new byte[3][];
        for (int t = 0; t < 3; t++) {
            typeText[t] = TYPES[t].getBytes(StandardCharsets.US_ASCII);
        }
        byte[] delivered0 = "DELIVERED".getBytes(StandardCharsets.US_ASCII);
        byte[] failed0 = "FAILED".getBytes(StandardCharsets.US_ASCII);
        byte[] idPrefix = ("UB-" + tag + "-").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ",IMPORT,,,0\n".getBytes(StandardCharsets.US_ASCII);
        SplittableRandom random = new SplittableRandom(20261002L);
        Line line = new Line();
        for (long i = 0; i < records; i++) {
            int k = eligible.get(random.nextInt(eligible.size()));
            int roll = random.nextInt(10);
            int type = roll < 7 ? 0 : roll < 9 ? 1 : 2;
            boolean ok = (stores < 100 || k % 100 != 98) && random.nextInt(100) < 95;
            int d = 1 + random.nextInt(days);
            long at = dayStart[d] + 8 * 3600 + random.nextInt(14 * 3600);
            if (ok) {
                delivered[k][type]++;
            }
            line.reset();
            line.number(storeIds.get(k)).comma().bytes(typeText[type]).comma().comma();
            line.timestamp(at, offsets[d]).comma().bytes(dayText[d]).comma();
            line.bytes(idPrefix).number(i).comma().bytes(ok ? delivered0 : failed0).comma().comma();
            line.timestamp(at, offsets[d]).bytes(tail);
            file.write(line.buffer, 0, line.length);
        }
        return delivered;
    }

    /** A reusable ASCII line buffer (the CSV has 10 million lines: no per-line String). */
    private static final class Line {
        final byte[] buffer = new byte[256];
        int length;

        void reset() {
            length = 0;
        }

        Line comma() {
            buffer[length++] = ',';
            return this;
        }

        Line bytes(byte[] b) {
            System.arraycopy(b, 0, buffer, length, b.length);
            length += b.length;
            return this;
        }

        Line number(long v) {
            if (v == 0) {
                buffer[length++] = '0';
                return this;
            }
            int start = length;
            while (v > 0) {
                buffer[length++] = (byte) ('0' + v % 10);
                v /= 10;
            }
            for (int a = start, b = length - 1; a < b; a++, b--) {
                byte x = buffer[a];
                buffer[a] = buffer[b];
                buffer[b] = x;
            }
            return this;
        }

        Line padded(int v, int width) {
            for (int p = width - 1; p >= 0; p--) {
                buffer[length + p] = (byte) ('0' + v % 10);
                v /= 10;
            }
            length += width;
            return this;
        }

        /** yyyy-mm-dd hh:mm:ss of an epoch second in the given offset. */
        Line timestamp(long epochSecond, ZoneOffset offset) {
            LocalDateTime t = LocalDateTime.ofEpochSecond(epochSecond, 0, offset);
            padded(t.getYear(), 4);
            buffer[length++] = '-';
            padded(t.getMonthValue(), 2);
            buffer[length++] = '-';
            padded(t.getDayOfMonth(), 2);
            buffer[length++] = ' ';
            padded(t.getHour(), 2);
            buffer[length++] = ':';
            padded(t.getMinute(), 2);
            buffer[length++] = ':';
            padded(t.getSecond(), 2);
            return this;
        }
    }

    /** The columns of each index of a table, by index name, in index order. */
    static Map<String, List<String>> indexColumns(Connection c, String table) throws SQLException {
        Map<Integer, String> names = new HashMap<>();
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT C.COLUMNNUMBER, C.COLUMNNAME FROM SYS.SYSCOLUMNS C"
                + " JOIN SYS.SYSTABLES T ON C.REFERENCEID = T.TABLEID WHERE T.TABLENAME = ?")) {
            p.setString(1, table);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    names.put(r.getInt(1), r.getString(2));
                }
            }
        }
        try (PreparedStatement p = c.prepareStatement("SELECT G.CONGLOMERATENAME, G.DESCRIPTOR FROM SYS.SYSCONGLOMERATES G"
                + " JOIN SYS.SYSTABLES T ON G.TABLEID = T.TABLEID WHERE T.TABLENAME = ? AND G.ISINDEX"
                + " ORDER BY G.CONGLOMERATENAME")) {
            p.setString(1, table);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    Object descriptor = r.getObject(2);
                    List<String> columns = new ArrayList<>();
                    if (descriptor instanceof org.apache.derby.catalog.IndexDescriptor index) {
                        for (int position : index.baseColumnPositions()) {
                            columns.add(names.getOrDefault(position, "#" + position));
                        }
                    }
                    out.put(r.getString(1), columns);
                }
            }
        }
        return out;
    }

    static long single(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Shuts this one database down (not the Derby system, so this JVM can open it again later). */
    static void shutdown(Path database) {
        try {
            DriverManager.getConnection("jdbc:derby:" + database.toAbsolutePath() + ";shutdown=true");
        } catch (SQLException expected) {
            // 08006: database shut down
        }
    }
}
