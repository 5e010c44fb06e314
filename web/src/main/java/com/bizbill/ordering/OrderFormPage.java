package com.bizbill.ordering;

import com.bizbill.catalog.CartService;
import com.bizbill.catalog.CatalogBrowsing;
import com.bizbill.catalog.QuotePricing;
import com.bizbill.identity.CurrentMember;
import com.bizbill.messaging.AlimtalkTemplate;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.web.FacesDownloads;
import com.bizbill.shared.web.FieldMessages;
import com.bizbill.shared.web.Messages;
import com.bizbill.shared.web.Uploads;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Issue 20 §1, CB-ORD-1..11: the order form on one page with a live price box: products from the cart or "order now"
 * (validity changeable, the price follows), general or selectable with the designated gift, the send title and time,
 * recipients typed or from a spreadsheet (failing rows come back as a file), the operator's template with a preview
 * for one recipient, the quote, the terms and the payment. One request key per form: a double click pays once.
 */
@Named
@ViewScoped
public class OrderFormPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrderPlacement placement;

    @Inject
    OrderForms forms;

    @Inject
    OrderQueries queries;

    @Inject
    CatalogBrowsing browsing;

    @Inject
    CartService cart;

    @Inject
    CurrentMember member;

    @Inject
    Uploads uploads;


    /** A product of the form: what it is, its offered validities with their prices now, the chosen one. */
    public static final class Line implements Serializable {
        private static final long serialVersionUID = 1L;
        final long productId;
        final String brand;
        final String name;
        final long faceValue;
        final boolean cashable;
        final Map<Integer, Long> prices;
        int validity;

        Line(CatalogBrowsing.Detail d, int validity) {
            this.productId = d.product().getId();
            this.brand = d.brandName();
            this.name = d.product().getName();
            this.faceValue = d.product().getFaceValue();
            this.cashable = d.product().isCashable();
            this.prices = new LinkedHashMap<>();
            d.options().forEach(o -> prices.put(o.option().getValidityDays(), o.price()));
            if (prices.isEmpty()) { // issue 20 review: on sale without a validity offered is not orderable
                throw new com.bizbill.catalog.CatalogException(com.bizbill.shared.error.ErrorCode.PRODUCT_NOT_FOUND,
                        "product " + productId + " has no validity on sale");
            }
            this.validity = prices.containsKey(validity) ? validity : prices.keySet().iterator().next();
        }

        public long getProductId() {
            return productId;
        }

        public String getBrand() {
            return brand;
        }

        public String getName() {
            return name;
        }

        public long getFaceValue() {
            return faceValue;
        }

        public boolean isCashable() {
            return cashable;
        }

        public List<Integer> getValidities() {
            return List.copyOf(prices.keySet());
        }

        public int getValidity() {
            return validity;
        }

        public long getPrice() {
            return prices.get(validity);
        }
    }

    /** A recipient row as typed (inputs bind to it). */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private String mobile;
        private String name;
        private String company;
        private String title;

        public Row() {
        }

        Row(RecipientRow r) {
            this.mobile = r.mobile();
            this.name = r.name();
            this.company = r.company();
            this.title = r.title();
        }

        RecipientRow toRow() {
            return new RecipientRow(mobile, name, company, title).normalised();
        }

        boolean isBlank() {
            return (mobile == null || mobile.isBlank()) && (name == null || name.isBlank());
        }

        public String getMobile() {
            return mobile;
        }

        public void setMobile(String mobile) {
            this.mobile = mobile;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getCompany() {
            return company;
        }

        public void setCompany(String company) {
            this.company = company;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }
    }

    /** How many typed rows are shown as inputs; a longer list (a file) is shown as a count and can be downloaded. */
    public static final int EDITABLE_ROWS = 50;

    private String linesParam;
    private Long productParam;
    private Integer validityParam;

    private final List<Line> lines = new ArrayList<>();
    private QuotePricing.Kind kind = QuotePricing.Kind.GENERAL;
    private Long designated;
    private String name;
    private String sendTitle;
    private boolean reserved;
    private LocalDateTime reservedAt;
    private boolean duplicatesAllowed;
    private final List<Row> rows = new ArrayList<>();
    /** Rows from files, beyond the editable ones (up to 10,000). */
    private final List<RecipientRow> fileRows = new ArrayList<>();
    private List<RecipientFiles.Failure> failures = List.of();
    private Long templateId;
    private boolean autoFill = true;
    private String anniversaryText;
    private String couponPageMessage;
    private boolean terms;
    private final String requestKey = UUID.randomUUID().toString();
    private transient Part file;

    @PostConstruct
    void start() {
        name = OrderTexts.defaultName(forms.now());
        rows.add(new Row());
        forms.templates().stream().findFirst().ifPresent(t -> templateId = t.getId());
    }

    /** f:viewAction: the products come from the cart's ticked lines, or from a product page's "order now". */
    public void load() {
        if (!lines.isEmpty()) {
            return;
        }
        try {
            if (productParam != null) {
                lines.add(new Line(browsing.product(productParam), validityParam == null ? 0 : validityParam));
            } else if (linesParam != null && !linesParam.isBlank()) {
                Set<Long> wanted = new HashSet<>();
                for (String s : linesParam.split(",")) {
                    wanted.add(Long.parseLong(s.trim()));
                }
                cart.rows(me()).stream().filter(r -> wanted.contains(r.line().getId()))
                        .forEach(r -> lines.add(new Line(browsing.product(r.product().getId()), r.line().getValidityDays())));
            }
        } catch (NumberFormatException e) {
            Messages.error("order.form.badLink");
        } catch (BizbillException e) {
            Messages.show(e);
        }
    }

    private long me() {
        return member.get().id();
    }

    @Inject
    com.bizbill.addressbook.AddressBook addressBook;

    private Long addressGroup;

    /** Issue 23 §3: the member's own groups ("folder / group (n)") to take recipients from: {id, label}. */
    public List<Object[]> getAddressGroups() {
        List<Object[]> out = new ArrayList<>();
        for (var f : addressBook.tree(me())) {
            for (var g : f.groups()) {
                out.add(new Object[] {g.id(), f.name() + " / " + g.name() + " (" + g.contacts() + ")"});
            }
        }
        return out;
    }

    /**
     * Issue 23 §3: a group of the member's address book becomes recipient rows (name, mobile, company, title), added
     * to the file's rows (a number already listed is left out unless duplicates are allowed).
     */
    public void addGroup() {
        if (addressGroup == null) {
            return;
        }
        try {
            Set<String> listed = new HashSet<>();
            List<RecipientRow> already = recipientRows();
            already.forEach(r -> listed.add(r.mobile()));
            int added = addRows(addressBook.asRecipients(me(), addressGroup, null, contactAnniversaries,
                    RecipientRules.MAX_RECIPIENTS), listed);
            Messages.info("order.form.fromGroup", added);
        } catch (BizbillException e) {
            Messages.show(e);
        }
    }

    /** Rows from the address book joined to the file's, up to 10,000 in all; a number listed twice only if allowed. */
    private int addRows(List<RecipientRow> from, Set<String> listed) {
        int added = 0;
        for (RecipientRow r : from) {
            if (getRecipientCount() < RecipientRules.MAX_RECIPIENTS && (duplicatesAllowed || listed.add(r.mobile()))) {
                fileRows.add(r);
                added++;
            }
        }
        return added;
    }

    private boolean contactAnniversaries;
    /** A contact to tick: its id and "name · number · company". */
    public record Pick(long id, String label) implements Serializable {
    }

    private List<Pick> pickable = List.of();
    private List<Long> picked = new ArrayList<>();

    /** Issue 23 §3: the chosen group's contacts (the first 500) to tick one by one. */
    public void pickContacts() {
        if (addressGroup == null) {
            Messages.error("order.form.pickGroupFirst");
            return;
        }
        try {
            pickable = addressBook.contacts(me(), addressGroup, null, 0, 500).items().stream()
                    .map(c -> new Pick(c.getId(), c.getName() + " · " + c.getMobile()
                            + (c.getCompany() == null ? "" : " · " + c.getCompany()))).toList();
            if (pickable.isEmpty()) {
                Messages.info("order.form.groupEmpty");
            }
            picked = new ArrayList<>();
        } catch (BizbillException e) {
            Messages.show(e);
        }
    }

    /** The ticked contacts become recipient rows (a number already listed is left out unless duplicates are allowed). */
    public void addPicked() {
        try {
            Set<String> listed = new HashSet<>();
            recipientRows().forEach(r -> listed.add(r.mobile()));
            int added = addRows(addressBook.asRecipients(me(), null, picked, contactAnniversaries,
                    RecipientRules.MAX_RECIPIENTS), listed);
            pickable = List.of();
            picked = new ArrayList<>();
            Messages.info("order.form.fromGroup", added);
        } catch (BizbillException e) {
            Messages.show(e);
        }
    }

    public boolean isContactAnniversaries() {
        return contactAnniversaries;
    }

    public void setContactAnniversaries(boolean contactAnniversaries) {
        this.contactAnniversaries = contactAnniversaries;
    }

    public List<Pick> getPickable() {
        return pickable;
    }

    public List<Long> getPicked() {
        return picked;
    }

    public void setPicked(List<Long> picked) {
        this.picked = picked == null ? new ArrayList<>() : new ArrayList<>(picked);
    }

    public Long getAddressGroup() {
        return addressGroup;
    }

    public void setAddressGroup(Long addressGroup) {
        this.addressGroup = addressGroup;
    }

    // ---------------------------------------------------------------- products

    public void changeValidity(long productId, int days) {
        lines.stream().filter(l -> l.productId == productId && l.prices.containsKey(days)).forEach(l -> l.validity = days);
    }

    public void removeLine(long productId) {
        lines.removeIf(l -> l.productId == productId);
        if (designated != null && designated == productId) {
            designated = null;
        }
    }

    /** CB-ORD-4: the designated gift, by default the most expensive. */
    public Long getDesignatedOrDefault() {
        if (designated != null && lines.stream().anyMatch(l -> l.productId == designated)) {
            return designated;
        }
        return lines.stream().max(java.util.Comparator.comparingLong(Line::getPrice)).map(Line::getProductId)
                .orElse(null);
    }

    // ---------------------------------------------------------------- recipients

    public void addRow() {
        if (rows.size() < EDITABLE_ROWS) {
            rows.add(new Row());
        }
    }

    public void removeRow(int index) {
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
        }
        if (rows.isEmpty()) {
            rows.add(new Row());
        }
    }

    public void clearFileRows() {
        fileRows.clear();
        failures = List.of();
    }

    /** CB-ORD-8: the spreadsheet's good rows join the order; the failing ones can be downloaded with their reasons. */
    public void upload() {
        if (file == null || file.getSize() == 0) {
            Messages.error("order.upload.none");
            return;
        }
        try {
            byte[] content = uploads.read(file, Uploads.Kind.DATA_FILE, "file");
            Set<String> listed = new HashSet<>();
            recipientRows().forEach(r -> listed.add(r.mobile()));
            RecipientFiles.Reading reading = RecipientFiles.read(content, listed, duplicatesAllowed);
            fileRows.addAll(reading.rows());
            failures = reading.failures();
            Messages.info("order.upload.read", reading.rows().size(), reading.failedRows());
        } catch (IOException e) {
            Messages.error("order.upload.unreadable");
        } catch (BizbillException e) {
            Messages.show(e);
        } finally {
            file = null;
        }
    }

    /** Every recipient of the form: the typed rows (blank ones left out), then the file's. */
    public List<RecipientRow> recipientRows() {
        List<RecipientRow> all = new ArrayList<>();
        rows.stream().filter(r -> !r.isBlank()).map(Row::toRow).forEach(all::add);
        all.addAll(fileRows);
        return all;
    }

    public int getRecipientCount() {
        return recipientRows().size();
    }

    public void downloadSample() throws IOException {
        send(RecipientFiles.sample(english(), forms.zone()), "recipients-sample.xlsx");
    }

    public void downloadFailures() throws IOException {
        send(RecipientFiles.failures(failures, english(), f -> FieldMessages.words(Messages.locale(), f.messageKey(),
                f.row()), forms.zone()), "recipients-failed.xlsx");
    }

    public void downloadList() throws IOException {
        send(RecipientFiles.list(recipientRows(), english(), forms.zone()), "recipients.xlsx");
    }

    /** CB-CART-1: the quote of this form's products, kind and recipients. */
    public void downloadQuote() throws IOException {
        try {
            byte[] pdf = cart.quotePdfOf(me(), lines.stream().map(l -> new long[] {l.productId, l.validity}).toList(),
                    kind, Math.max(1, getRecipientCount()));
            send(pdf, "quote.pdf");
        } catch (BizbillException e) {
            Messages.show(e);
        }
    }

    private static boolean english() {
        return "en".equals(Messages.locale().getLanguage());
    }

    private static void send(byte[] content, String fileName) throws IOException {
        FacesDownloads.send(content, fileName.endsWith(".pdf") ? FacesDownloads.PDF : FacesDownloads.XLSX, fileName);
    }

    // ---------------------------------------------------------------- message

    public List<AlimtalkTemplate> getTemplates() {
        return forms.templates();
    }

    public AlimtalkTemplate getTemplate() {
        return templateId == null ? null
                : forms.templates().stream().filter(t -> t.getId().equals(templateId)).findFirst().orElse(null);
    }

    /** CB-ORD-10: the message as the first recipient will read it. */
    public String getPreview() {
        AlimtalkTemplate t = getTemplate();
        if (t == null) {
            return "";
        }
        List<RecipientRow> all = recipientRows();
        return OrderMessages.fill(t.getMessage(), all.isEmpty() ? new RecipientRow("", "홍길동", "비즈상사", null)
                : all.get(0), autoFill, anniversaryText);
    }

    // ---------------------------------------------------------------- price and payment

    /** CB-ORD-3: the price box, or null before there are products and recipients. */
    public QuotePricing.Amounts getAmounts() {
        int n = getRecipientCount();
        if (lines.isEmpty() || n < 1 || n > RecipientRules.MAX_RECIPIENTS) {
            return null;
        }
        return QuotePricing.of(kind, lines.stream().map(l -> new QuotePricing.Line(l.faceValue, l.getPrice())).toList(), n);
    }

    public OrderForms.Means getMeans() {
        return forms.means(me());
    }

    /** The wallet balance or remaining credit after this order (the confirmation names it). */
    public Long getAfter() {
        QuotePricing.Amounts a = getAmounts();
        return a == null ? null : getMeans().available() - a.finalTotal();
    }

    private LocalDateTime reservedAt() {
        return reserved ? reservedAt : null;
    }

    public LocalDateTime getLatestReservation() {
        return ReservationWindow.latest(forms.now());
    }

    public LocalDateTime getNow() {
        return forms.now();
    }

    /**
     * Issue 18's rule for money: the click checks what can be checked here and then asks, naming the amount, where it
     * is paid from and what remains; the service checks everything again when "yes" is clicked.
     */
    public void review() {
        if (lines.isEmpty()) {
            Messages.error("order.form.noProducts");
            return;
        }
        if (getRecipientCount() == 0) {
            Messages.error("order.form.noRecipients");
            return;
        }
        if (reserved && reservedAt == null) { // issue 20 review: "reserve" without a time is not "now"
            Messages.add(jakarta.faces.application.FacesMessage.SEVERITY_ERROR, "orderForm:reservedAt",
                    "order.form.reserveWhen");
            return;
        }
        if (!terms) {
            Messages.add(jakarta.faces.application.FacesMessage.SEVERITY_ERROR, "orderForm:terms", "order.terms.required");
            return;
        }
        org.primefaces.PrimeFaces.current().ajax().addCallbackParam("reviewed", true);
    }

    /** The question before paying: amount, recipients, paid from what, what is left, when it is sent. */
    public String getConfirmation() {
        QuotePricing.Amounts a = getAmounts();
        if (a == null) {
            return "";
        }
        OrderForms.Means m = getMeans();
        var f = Messages.formats();
        String from = Messages.get(m.paymentType() == com.bizbill.identity.PaymentType.POSTPAID ? "order.confirm.credit"
                : "order.confirm.wallet", f.won(m.available()), f.won(m.available() - a.finalTotal()));
        String when = reserved && reservedAt != null ? Messages.get("order.confirm.reserved",
                reservedAt.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))
                : Messages.get("order.confirm.now");
        return Messages.get("order.confirm", f.won(a.finalTotal()), f.number(getRecipientCount()), from, when);
    }

    /** CB-ORD-11: places and pays the order; on success, to the order's page. */
    public String pay() {
        if (reserved && reservedAt == null) {
            Messages.add(jakarta.faces.application.FacesMessage.SEVERITY_ERROR, "orderForm:reservedAt",
                    "order.form.reserveWhen");
            return null;
        }
        QuotePricing.Amounts shown = getAmounts();
        PlaceOrder cmd = new PlaceOrder(name, kind, lines.stream().map(l -> new PlaceOrder.Choice(l.productId,
                l.validity)).toList(), kind == QuotePricing.Kind.SELECTABLE ? getDesignatedOrDefault() : null,
                sendTitle, reservedAt(), recipientRows(), duplicatesAllowed, templateId == null ? 0 : templateId,
                autoFill, anniversaryText, couponPageMessage, terms, requestKey,
                shown == null ? null : shown.finalTotal()); // the amount the question named, or nothing is paid
        CouponOrder o;
        try {
            o = placement.place(me(), cmd); // a refusal is shown by the exception handler, nothing placed
        } catch (jakarta.ejb.EJBException e) {
            // issue 20 review: the same form submitted twice at once: the twin's order, if it was placed
            o = queries.byRequestKey(member.get().organisationId(), requestKey).orElseThrow(() -> e);
        }
        Messages.flashInfo("order.placed", o.getNumber(), Messages.formats().won(o.getFinalAmount()));
        return "/portal/coupon/order-view?faces-redirect=true&number=" + o.getNumber();
    }

    // ---------------------------------------------------------------- bindings

    public List<Line> getLines() {
        return lines;
    }

    public List<Row> getRows() {
        return rows;
    }

    public int getFileRowCount() {
        return fileRows.size();
    }

    public List<RecipientFiles.Failure> getFailures() {
        return failures;
    }

    public QuotePricing.Kind[] getKinds() {
        return QuotePricing.Kind.values();
    }

    public String getLinesParam() {
        return linesParam;
    }

    public void setLinesParam(String linesParam) {
        this.linesParam = linesParam;
    }

    public Long getProductParam() {
        return productParam;
    }

    public void setProductParam(Long productParam) {
        this.productParam = productParam;
    }

    public Integer getValidityParam() {
        return validityParam;
    }

    public void setValidityParam(Integer validityParam) {
        this.validityParam = validityParam;
    }

    public QuotePricing.Kind getKind() {
        return kind;
    }

    public void setKind(QuotePricing.Kind kind) {
        this.kind = kind == null ? QuotePricing.Kind.GENERAL : kind;
    }

    public Long getDesignated() {
        return getDesignatedOrDefault();
    }

    public void setDesignated(Long designated) {
        this.designated = designated;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSendTitle() {
        return sendTitle;
    }

    public void setSendTitle(String sendTitle) {
        this.sendTitle = sendTitle;
    }

    public boolean isReserved() {
        return reserved;
    }

    public void setReserved(boolean reserved) {
        this.reserved = reserved;
    }

    public LocalDateTime getReservedAt() {
        return reservedAt;
    }

    public void setReservedAt(LocalDateTime reservedAt) {
        this.reservedAt = reservedAt;
    }

    public boolean isDuplicatesAllowed() {
        return duplicatesAllowed;
    }

    public void setDuplicatesAllowed(boolean duplicatesAllowed) {
        this.duplicatesAllowed = duplicatesAllowed;
    }

    public Long getTemplateId() {
        return templateId;
    }

    public void setTemplateId(Long templateId) {
        this.templateId = templateId;
    }

    public boolean isAutoFill() {
        return autoFill;
    }

    public void setAutoFill(boolean autoFill) {
        this.autoFill = autoFill;
    }

    public String getAnniversaryText() {
        return anniversaryText;
    }

    public void setAnniversaryText(String anniversaryText) {
        this.anniversaryText = anniversaryText;
    }

    public String getCouponPageMessage() {
        return couponPageMessage;
    }

    public void setCouponPageMessage(String couponPageMessage) {
        this.couponPageMessage = couponPageMessage;
    }

    public boolean isTerms() {
        return terms;
    }

    public void setTerms(boolean terms) {
        this.terms = terms;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
