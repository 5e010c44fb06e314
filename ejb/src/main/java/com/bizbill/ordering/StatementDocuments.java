package com.bizbill.ordering;

import static com.bizbill.shared.pdf.PdfTables.cell;
import static com.bizbill.shared.pdf.PdfTables.header;
import static com.bizbill.shared.pdf.PdfTables.labelled;
import static com.bizbill.shared.pdf.PdfTables.table;

import com.bizbill.shared.i18n.Formats;
import com.bizbill.shared.pdf.PdfDocuments;
import com.bizbill.shared.pdf.PdfTables;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.PdfPTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * CB-STM-1: the transaction statement (거래명세서) as PDF and as Excel, in the manual's layout: the heading facts,
 * the supplier and the recipient, the orders with their confirmed amounts, the issued coupons, and the note that it
 * proves payment only.
 */
public final class StatementDocuments {

    static final String NOTE = "본 거래명세서는 쿠폰 구매 대금의 결제를 확인하는 용도로만 사용할 수 있으며, 세금계산서 등 세무 증빙이 "
            + "아닙니다. 쿠폰(상품권)은 사용 시점에 과세됩니다.";

    private StatementDocuments() {
    }

    private static String at(Instant t) {
        return t == null ? "-" : Formats.KOREAN.dateTime(t);
    }

    public static byte[] pdf(OrderStatements.Statement s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfDocuments.write(out, "거래명세서 " + s.number(), document -> {
                Font body = PdfDocuments.bodyFont();
                Font bold = PdfDocuments.boldFont();
                Font small = PdfDocuments.smallFont();
                PdfTables.title(document, "거래명세서");

                PdfPTable info = table(new float[] {1.3f, 3f});
                labelled(info, "문서 번호", s.number(), bold, body);
                labelled(info, "발행 일시", at(s.issuedAt()), bold, body);
                labelled(info, "주문명", s.orderName(), bold, body);
                labelled(info, "주문 일시", at(s.firstOrdered()) + " ~ " + at(s.lastOrdered()), bold, body);
                labelled(info, "발송 일시", at(s.firstSent()) + " ~ " + at(s.lastSent()), bold, body);
                labelled(info, "공급받는 자", s.recipientCompany() + (s.recipientBusinessNumber() == null ? ""
                        : " (" + s.recipientBusinessNumber() + ")"), bold, body);
                labelled(info, "공급자", s.supplier().companyName() + " (" + s.supplier().businessNumber() + ")", bold,
                        body);
                labelled(info, "공급자 대표자", s.supplier().representative(), bold, body);
                labelled(info, "공급자 주소", s.supplier().address(), bold, body);
                labelled(info, "합계 금액", Formats.KOREAN.won(s.total()), bold, PdfDocuments.font(true, 12f));
                document.add(info);

                PdfTables.section(document, "주문 내역");
                PdfPTable orders = table(new float[] {2.3f, 2f, 1.6f, 1f, 0.8f, 1.2f, 1.2f}); // the number on one line
                for (String h : new String[] {"주문 번호", "주문명", "주문 일시", "주문자", "수신자", "주문 금액", "확정 금액"}) {
                    orders.addCell(header(h, bold));
                }
                orders.setHeaderRows(1);
                for (OrderStatements.OrderLine o : s.orders()) {
                    orders.addCell(cell(o.number(), small, Element.ALIGN_LEFT));
                    orders.addCell(cell(o.name(), small, Element.ALIGN_LEFT));
                    orders.addCell(cell(at(o.placedAt()), small, Element.ALIGN_LEFT));
                    orders.addCell(cell(o.orderer(), small, Element.ALIGN_LEFT));
                    orders.addCell(cell(Formats.KOREAN.number(o.recipients()), small, Element.ALIGN_RIGHT));
                    orders.addCell(cell(Formats.KOREAN.won(o.orderAmount()), small, Element.ALIGN_RIGHT));
                    orders.addCell(cell(Formats.KOREAN.won(o.confirmed()), small, Element.ALIGN_RIGHT));
                }
                document.add(orders);

                PdfTables.section(document, "발급 쿠폰 내역 (" + Formats.KOREAN.number(s.coupons().size())
                        + "건, 폐기 쿠폰 제외)");
                PdfPTable coupons = table(new float[] {2.3f, 1f, 2.2f, 1.8f, 1f, 1.1f});
                for (String h : new String[] {"주문 번호", "수신자", "상품", "쿠폰 번호", "금액", "유효기간"}) {
                    coupons.addCell(header(h, bold));
                }
                coupons.setHeaderRows(1);
                for (OrderStatements.CouponLine c : s.coupons()) {
                    coupons.addCell(cell(c.orderNumber(), small, Element.ALIGN_LEFT));
                    coupons.addCell(cell(c.recipient(), small, Element.ALIGN_LEFT));
                    coupons.addCell(cell(c.product(), small, Element.ALIGN_LEFT));
                    coupons.addCell(cell(c.couponNumber(), small, Element.ALIGN_LEFT));
                    coupons.addCell(cell(Formats.KOREAN.won(c.price()), small, Element.ALIGN_RIGHT));
                    coupons.addCell(cell(c.validUntil() == null ? "" : Formats.KOREAN.date(c.validUntil()), small,
                            Element.ALIGN_LEFT));
                }
                document.add(coupons);
                PdfTables.note(document, NOTE);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The same as a workbook: the statement and its orders on the first sheet, the coupons on the second. */
    public static byte[] excel(OrderStatements.Statement s, ZoneId zone) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            CellStyle when = wb.createCellStyle();
            when.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            CellStyle day = wb.createCellStyle();
            day.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle won = wb.createCellStyle();
            won.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            Sheet sheet = wb.createSheet("거래명세서");
            int r = 0;
            r = fact(sheet, r, "거래명세서", null, null);
            r = fact(sheet, r, "문서 번호", s.number(), null);
            r = fact(sheet, r, "발행 일시", s.issuedAt(), when, zone);
            r = fact(sheet, r, "주문명", s.orderName(), null);
            r = fact(sheet, r, "주문 일시", at(s.firstOrdered()) + " ~ " + at(s.lastOrdered()), null);
            r = fact(sheet, r, "발송 일시", at(s.firstSent()) + " ~ " + at(s.lastSent()), null);
            r = fact(sheet, r, "공급받는 자", s.recipientCompany(), null);
            r = fact(sheet, r, "공급받는 자 사업자등록번호", s.recipientBusinessNumber(), null);
            r = fact(sheet, r, "공급자", s.supplier().companyName(), null);
            r = fact(sheet, r, "공급자 사업자등록번호", s.supplier().businessNumber(), null);
            r = fact(sheet, r, "공급자 대표자", s.supplier().representative(), null);
            r = fact(sheet, r, "공급자 주소", s.supplier().address(), null);
            Row total = sheet.createRow(r++);
            total.createCell(0).setCellValue("합계 금액");
            total.createCell(1).setCellValue(s.total());
            total.getCell(1).setCellStyle(won);
            r++;
            Row head = sheet.createRow(r++);
            String[] headers = {"주문 번호", "주문명", "주문 일시", "주문자", "수신자 수", "주문 금액", "확정 금액"};
            for (int i = 0; i < headers.length; i++) {
                head.createCell(i).setCellValue(headers[i]);
            }
            for (OrderStatements.OrderLine o : s.orders()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(o.number());
                row.createCell(1).setCellValue(o.name());
                row.createCell(2).setCellValue(o.placedAt().atZone(zone).toLocalDateTime());
                row.getCell(2).setCellStyle(when);
                row.createCell(3).setCellValue(o.orderer());
                row.createCell(4).setCellValue(o.recipients());
                row.createCell(5).setCellValue(o.orderAmount());
                row.getCell(5).setCellStyle(won);
                row.createCell(6).setCellValue(o.confirmed());
                row.getCell(6).setCellStyle(won);
            }
            r++;
            sheet.createRow(r).createCell(0).setCellValue(NOTE);

            Sheet coupons = wb.createSheet("발급 쿠폰");
            Row ch = coupons.createRow(0);
            String[] couponHeaders = {"주문 번호", "수신자", "상품", "쿠폰 번호", "금액", "유효기간"};
            for (int i = 0; i < couponHeaders.length; i++) {
                ch.createCell(i).setCellValue(couponHeaders[i]);
            }
            int cr = 1;
            for (OrderStatements.CouponLine c : s.coupons()) {
                Row row = coupons.createRow(cr++);
                row.createCell(0).setCellValue(c.orderNumber());
                row.createCell(1).setCellValue(c.recipient());
                row.createCell(2).setCellValue(c.product());
                row.createCell(3).setCellValue(c.couponNumber());
                row.createCell(4).setCellValue(c.price());
                row.getCell(4).setCellStyle(won);
                if (c.validUntil() != null) {
                    row.createCell(5).setCellValue(c.validUntil());
                    row.getCell(5).setCellStyle(day);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        }
    }

    private static int fact(Sheet sheet, int r, String label, String value, CellStyle style) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(label);
        if (value != null) {
            row.createCell(1).setCellValue(value);
        }
        return r + 1;
    }

    private static int fact(Sheet sheet, int r, String label, Instant value, CellStyle style, ZoneId zone) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(value.atZone(zone).toLocalDateTime());
        row.getCell(1).setCellStyle(style);
        return r + 1;
    }
}
