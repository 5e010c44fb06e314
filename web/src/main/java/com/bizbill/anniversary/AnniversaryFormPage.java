package com.bizbill.anniversary;

import com.bizbill.addressbook.AddressBook;
import com.bizbill.addressbook.Anniversary;
import com.bizbill.addressbook.CalendarKind;
import com.bizbill.addressbook.ContactFiles;
import com.bizbill.catalog.CartService;
import com.bizbill.catalog.QuotePricing;
import com.bizbill.identity.CurrentMember;
import com.bizbill.identity.PaymentType;
import com.bizbill.messaging.AlimtalkTemplate;
import com.bizbill.ordering.OrderForms;
import com.bizbill.ordering.OrderMessages;
import com.bizbill.ordering.OrderTexts;
import com.bizbill.ordering.PlaceOrder;
import com.bizbill.ordering.RecipientRow;
import com.bizbill.ordering.RecipientRules;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.web.FacesDownloads;
import com.bizbill.shared.web.FieldMessages;
import com.bizbill.shared.web.Messages;
import com.bizbill.shared.web.Uploads;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Issue 23 §4, CB-ANV-1: "기념일 발송 추가": products ticked from the cart, general or selectable, an optional end
 * date, the message, and recipients each with an anniversary (solar or lunar, leap month), typed, from Excel (the
 * address book's sample file) or from an address-book group. Nothing is paid now: the question before saving names the
 * amount per recipient, where it will be paid from and the next day an order is made.
 */
@Named
@ViewScoped
public class AnniversaryFormPage implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int EDITABLE_ROWS = 50;

    @Inject
    AnniversaryPlans plans;

    @Inject
    CartService cart;

    @Inject
    OrderForms forms;

    @Inject
    AddressBook addressBook;

    @Inject
    CurrentMember member;

    @Inject
    Uploads uploads;

    /** A recipient row as typed. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private String mobile;
        private String anniversary;
        private CalendarKind calendar = CalendarKind.SOLAR;
        private boolean leapMonth;
        private String name;
        private String company;
        private String title;

        boolean isBlank() {
            return (mobile == null || mobile.isBlank()) && (anniversary == null || anniversary.isBlank())
                    && (name == null || name.isBlank());
        }

        /** The row and its date (null when none was typed or it is not a date: the service names the row). */
        NewAnniversary.Person toPerson() {
            return new NewAnniversary.Person(new RecipientRow(mobile, name, company, title).normalised(),
                    date(anniversary, calendar, leapMonth));
        }

        public String getMobile() {
            return mobile;
        }

        public void setMobile(String mobile) {
            this.mobile = mobile;
        }

        public String getAnniversary() {
            return anniversary;
        }

        public void setAnniversary(String anniversary) {
            this.anniversary = anniversary;
        }

        public CalendarKind getCalendar() {
            return calendar;
        }

        public void setCalendar(CalendarKind calendar) {
            this.calendar = calendar == null ? CalendarKind.SOLAR : calendar;
        }

        public boolean isLeapMonth() {
            return leapMonth;
        }

        public void setLeapMonth(boolean leapMonth) {
            this.leapMonth = leapMonth;
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

    static Anniversary date(String written, CalendarKind kind, boolean leap) {
        try {
            return Anniversary.parse(written, kind, leap && kind == CalendarKind.LUNAR).orElse(null);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private List<Long> chosenLines = new ArrayList<>();
    private QuotePricing.Kind kind = QuotePricing.Kind.GENERAL;
    private String name;
    private String sendTitle;
    private LocalDate endDate;
    private Long templateId;
    private boolean autoFill = true;
    private String anniversaryText;
    private String couponPageMessage;
    private boolean terms;
    private final List<Row> rows = new ArrayList<>();
    private final List<NewAnniversary.Person> fileRows = new ArrayList<>();
    private List<ContactFiles.Failure> failures = List.of();
    private Long addressGroup;
    private transient Part file;
    private Long savedId;

    @PostConstruct
    void start() {
        name = OrderTexts.defaultName(forms.now());
        rows.add(new Row());
        forms.templates().stream().findFirst().ifPresent(t -> templateId = t.getId());
    }

    private long me() {
        return member.get().id();
    }

    // ---------------------------------------------------------------- products (from the cart)

    public List<CartService.Row> getCartRows() {
        return cart.rows(me());
    }

    private List<CartService.Row> chosen() {
        return getCartRows().stream().filter(r -> chosenLines.contains(r.line().getId())).toList();
    }

    /** The amount per recipient each anniversary pays (general: every product; selectable: the dearest). */
    public Long getPerRecipient() {
        List<CartService.Row> c = chosen();
        if (c.isEmpty()) {
            return null;
        }
        return QuotePricing.of(kind, c.stream().map(r -> new QuotePricing.Line(r.product().getFaceValue(), r.price()))
                .toList(), 1).finalTotal();
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

    public List<NewAnniversary.Person> people() {
        List<NewAnniversary.Person> all = new ArrayList<>();
        rows.stream().filter(r -> !r.isBlank()).map(Row::toPerson).forEach(all::add);
        all.addAll(fileRows);
        return all;
    }

    public int getRecipientCount() {
        return people().size();
    }

    public void clearFileRows() {
        fileRows.clear();
        failures = List.of();
    }

    /** Issue 23 §4: a group's contacts with an anniversary become recipients; those without one are counted. */
    public void addGroup() {
        if (addressGroup == null) {
            return;
        }
        try {
            int added = 0;
            int without = 0;
            for (int page = 0; ; page++) {
                var contacts = addressBook.contacts(me(), addressGroup, null, page, 1_000);
                for (var c : contacts.items()) {
                    Anniversary a = date(c.getAnniversary(), c.getCalendar(), c.isLeapMonth());
                    if (a == null) {
                        without++;
                    } else if (getRecipientCount() < RecipientRules.MAX_RECIPIENTS) {
                        fileRows.add(new NewAnniversary.Person(new RecipientRow(c.getMobile(), c.getName(),
                                c.getCompany(), c.getTitle()), a));
                        added++;
                    }
                }
                if (contacts.items().size() < 1_000) {
                    break;
                }
            }
            Messages.info("anniversary.form.fromGroup", added, without);
        } catch (BizbillException e) {
            Messages.show(e);
        }
    }

    /** The address book's contact file: rows without an anniversary come back in the failure file. */
    public void upload() {
        if (file == null || file.getSize() == 0) {
            Messages.error("order.upload.none");
            return;
        }
        try {
            ContactFiles.Reading r = ContactFiles.read(uploads.read(file, Uploads.Kind.DATA_FILE, "file"), true);
            List<ContactFiles.Failure> failed = new ArrayList<>(r.failures());
            int added = 0;
            for (var d : r.rows()) {
                Anniversary a = date(d.anniversary(), d.calendar(), d.leapMonth());
                if (a != null && getRecipientCount() < RecipientRules.MAX_RECIPIENTS) {
                    fileRows.add(new NewAnniversary.Person(new RecipientRow(d.mobile(), d.name(), d.company(),
                            d.title()), a));
                    added++;
                }
            }
            failures = failed;
            Messages.info("order.upload.read", added, failed.size());
        } catch (IOException e) {
            Messages.error("order.upload.unreadable");
        } catch (BizbillException e) {
            Messages.show(e);
        } finally {
            file = null;
        }
    }

    public void downloadSample() throws IOException {
        FacesDownloads.send(ContactFiles.sample(english(), forms.zone()), FacesDownloads.XLSX,
                "anniversary-recipients-sample.xlsx");
    }

    public void downloadFailures() throws IOException {
        FacesDownloads.send(ContactFiles.failures(failures, english(), f -> FieldMessages.words(Messages.locale(),
                f.messageKey(), f.row()), forms.zone()), FacesDownloads.XLSX, "anniversary-recipients-failed.xlsx");
    }

    private static boolean english() {
        return "en".equals(Messages.locale().getLanguage());
    }

    public List<Object[]> getAddressGroups() {
        List<Object[]> out = new ArrayList<>();
        for (var f : addressBook.tree(me())) {
            for (var g : f.groups()) {
                out.add(new Object[] {g.id(), f.name() + " / " + g.name() + " (" + g.contacts() + ")"});
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- message

    public List<AlimtalkTemplate> getTemplates() {
        return forms.templates();
    }

    /** The message as the first recipient reads it on the anniversary (#{기념일}: the text, else the date). */
    public String getPreview() {
        AlimtalkTemplate t = forms.templates().stream().filter(x -> x.getId().equals(templateId)).findFirst()
                .orElse(null);
        if (t == null) {
            return "";
        }
        List<NewAnniversary.Person> all = people();
        NewAnniversary.Person first = all.isEmpty() ? null : all.get(0);
        String text = anniversaryText != null && !anniversaryText.isBlank() ? anniversaryText
                : first == null || first.date() == null ? "3월 5일" : Optional.ofNullable(AnniversaryDates.next(
                        first.date(), forms.now().toLocalDate()).orElse(null)).map(AnniversaryDates::spoken).orElse("");
        return OrderMessages.fill(t.getMessage(), first == null ? new RecipientRow("", "홍길동", "비즈상사", null)
                : first.row(), autoFill, text);
    }

    // ---------------------------------------------------------------- save

    public OrderForms.Means getMeans() {
        return forms.means(me());
    }

    /** Checks what can be checked here, then asks (amount per recipient, paid from what, when). */
    public void review() {
        if (chosen().isEmpty()) {
            Messages.error("order.form.noProducts");
            return;
        }
        if (getRecipientCount() == 0) {
            Messages.error("order.form.noRecipients");
            return;
        }
        if (!terms) {
            Messages.add(FacesMessage.SEVERITY_ERROR, "anniversaryForm:terms", "order.terms.required");
            return;
        }
        org.primefaces.PrimeFaces.current().ajax().addCallbackParam("reviewed", true);
    }

    public String getConfirmation() {
        Long per = getPerRecipient();
        if (per == null) {
            return "";
        }
        var f = Messages.formats();
        String from = Messages.get(getMeans().paymentType() == PaymentType.POSTPAID ? "anniversary.confirm.credit"
                : "anniversary.confirm.wallet");
        return Messages.get("anniversary.confirm", f.won(per), f.number(getRecipientCount()), from,
                endDate == null ? Messages.get("anniversary.confirm.noEnd") : endDate.toString());
    }

    public String save() {
        if (savedId != null) { // a second click of "yes": the plan is saved already
            return "/portal/coupon/anniversaries?faces-redirect=true";
        }
        Long per = getPerRecipient();
        try {
            AnniversaryPlan p = plans.create(me(), new NewAnniversary(name, chosen().stream()
                    .map(r -> new PlaceOrder.Choice(r.product().getId(), r.line().getValidityDays())).toList(),
                    new AnniversaryPlan.Terms(kind, null, sendTitle, templateId == null ? 0 : templateId, autoFill,
                            anniversaryText, couponPageMessage, endDate), people(), terms, per));
            savedId = p.getId();
        } catch (BizbillException e) {
            Messages.show(e);
            return null;
        }
        Messages.flashInfo("anniversary.saved", name);
        return "/portal/coupon/anniversaries?faces-redirect=true";
    }

    // ---------------------------------------------------------------- bindings

    public List<Row> getRows() {
        return rows;
    }

    public int getFileRowCount() {
        return fileRows.size();
    }

    public List<ContactFiles.Failure> getFailures() {
        return failures;
    }

    public CalendarKind[] getCalendars() {
        return CalendarKind.values();
    }

    public QuotePricing.Kind[] getKinds() {
        return QuotePricing.Kind.values();
    }

    public List<Long> getChosenLines() {
        return chosenLines;
    }

    public void setChosenLines(List<Long> chosenLines) {
        this.chosenLines = chosenLines == null ? new ArrayList<>() : new ArrayList<>(chosenLines);
    }

    public QuotePricing.Kind getKind() {
        return kind;
    }

    public void setKind(QuotePricing.Kind kind) {
        this.kind = kind == null ? QuotePricing.Kind.GENERAL : kind;
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

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public LocalDate getToday() {
        return forms.now().toLocalDate();
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

    public Long getAddressGroup() {
        return addressGroup;
    }

    public void setAddressGroup(Long addressGroup) {
        this.addressGroup = addressGroup;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public Long getSavedId() {
        return savedId;
    }
}
