package com.bizbill.billing;

import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import com.bizbill.shared.spreadsheet.TabularReader;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a bank statement (CSV in UTF-8, or xlsx) into deposit lines. Columns are found by their header
 * (Korean or English): 거래번호/reference, 거래일자/date, 입금자/depositor, 입금액/amount, 가상계좌/virtualAccount.
 * Every bad row is reported with its row number; a file with any bad row is refused whole.
 */
public final class StatementParser {

    public static final int MAX_LINES = 50_000;

    private StatementParser() {
    }

    public static List<StatementLine> parse(byte[] content) {
        if (content == null || content.length == 0) {
            throw refused(List.of(new BizbillException.FieldError("file", "file.empty")));
        }
        List<List<String>> rows;
        try {
            rows = TabularReader.read(content);
        } catch (IOException e) {
            throw refused(List.of(new BizbillException.FieldError("file", "field.csvOrXlsx")));
        }
        if (rows.isEmpty()) {
            throw refused(List.of(new BizbillException.FieldError("file", "file.empty")));
        }
        List<String> header = rows.get(0);
        int ref = TabularReader.column(header, "거래번호", "reference");
        int date = TabularReader.column(header, "거래일자", "date");
        int who = TabularReader.column(header, "입금자", "depositor");
        int amount = TabularReader.column(header, "입금액", "amount");
        int va = TabularReader.column(header, "가상계좌", "virtualAccount");
        if (ref < 0 || date < 0 || who < 0 || amount < 0) {
            throw refused(List.of(new BizbillException.FieldError("header", "field.statementColumns",
                    List.of("거래번호, 거래일자, 입금자, 입금액"))));
        }
        List<StatementLine> lines = new ArrayList<>();
        List<BizbillException.FieldError> errors = new ArrayList<>();
        for (int i = 1; i < rows.size() && i <= MAX_LINES; i++) {
            List<String> r = rows.get(i);
            if (r.stream().allMatch(String::isBlank)) {
                continue;
            }
            String rowName = "row " + (i + 1);
            try {
                String reference = at(r, ref);
                String depositor = at(r, who);
                // numbers at the boundary (issue 13): 1000.5 or 1e30 is refused, never rounded or wrapped
                long won = com.bizbill.shared.WholeNumbers.parse(at(r, amount), 1,
                        com.bizbill.shared.WholeNumbers.MONEY_CEILING);
                if (reference.isBlank() || reference.length() > 100 || depositor.isBlank() || depositor.length() > 100
                        || won <= 0) {
                    errors.add(new BizbillException.FieldError(rowName, "field.statementRow"));
                    continue;
                }
                lines.add(new StatementLine(reference, TabularReader.dateOf(at(r, date).replace('.', '-').replace('/', '-')),
                        depositor, won, at(r, va).isBlank() ? null : at(r, va)));
            } catch (com.bizbill.shared.WholeNumbers.Refused e) {
                errors.add(new BizbillException.FieldError(rowName, "field.statementAmount",
                        List.of(com.bizbill.shared.WholeNumbers.MONEY_CEILING)));
            } catch (NumberFormatException | DateTimeParseException e) {
                errors.add(new BizbillException.FieldError(rowName, "field.statementDateAmount"));
            }
        }
        if (!errors.isEmpty()) {
            throw refused(errors);
        }
        return lines;
    }

    private static BizbillException refused(List<BizbillException.FieldError> errors) {
        return new BillingException(ErrorCode.VALIDATION_FAILED, "statement refused: " + errors.size() + " problem(s)",
                errors);
    }

    private static String at(List<String> row, int i) {
        return TabularReader.at(row, i);
    }
}
