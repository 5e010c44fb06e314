package com.bizbill.anniversary;

import com.bizbill.addressbook.CalendarKind;
import com.bizbill.identity.CurrentMember;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Issue 23 §4, CB-ANV-1: one anniversary order: its products (a product no longer on sale can be removed), its
 * recipients (edit, add, remove: the orders not yet made take the change), what each day did (the order or why the
 * day was skipped), and delete.
 */
@Named
@ViewScoped
public class AnniversaryViewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AnniversaryPlans plans;

    @Inject
    CurrentMember member;


    private Long id;
    private boolean missing;
    private Long editing;
    private final AnniversaryFormPage.Row form = new AnniversaryFormPage.Row();

    private long me() {
        return member.get().id();
    }

    private transient AnniversaryPlans.PlanView view;
    private transient List<AnniversaryRecipient> recipients;
    private transient List<AnniversaryRun> runs;

    /** f:viewAction: another member's plan is "not found", as any id that is not one's own. */
    public void load() {
        if (id == null) {
            missing = true;
            return;
        }
        refresh();
        if (missing) {
            Messages.error("error.ANNIVERSARY_NOT_FOUND");
        }
    }

    /** Reads the plan once per change (a plan of thousands of lunar dates is not converted again on each EL call). */
    private void refresh() {
        try {
            view = plans.plan(me(), id);
            recipients = plans.recipients(me(), id);
            runs = plans.runs(me(), id, 100);
        } catch (BizbillException e) { // deleted meanwhile (another tab) or not one's own
            missing = true;
            view = null;
            recipients = List.of();
            runs = List.of();
        }
    }

    private void ensure() {
        if (view == null && !missing && id != null) {
            refresh();
        }
    }

    public AnniversaryPlans.PlanView getView() {
        ensure();
        return view;
    }

    public String getNotice() {
        ensure();
        return view == null ? null : AnniversaryWords.notice(view.plan());
    }

    public List<AnniversaryRecipient> getRecipients() {
        ensure();
        return recipients == null ? List.of() : recipients;
    }

    public List<AnniversaryRun> getRuns() {
        ensure();
        return runs == null ? List.of() : runs;
    }

    /** The recipient's next order day (a day already done is not "next"; none after the end date). */
    public String nextOf(AnniversaryRecipient r) {
        ensure();
        LocalDate d = view == null ? null : view.nextByRecipient().get(r.getId());
        return d == null ? "" : d.toString();
    }

    public void removeProduct(long rowId) {
        try {
            plans.removeProduct(me(), id, rowId);
            refresh();
            Messages.info("anniversary.productRemoved");
        } catch (BizbillException e) {
            Messages.show(e);
        }
    }

    public void edit(AnniversaryRecipient r) {
        editing = r.getId();
        form.setMobile(r.getMobile());
        form.setName(r.getName());
        form.setCompany(r.getCompany());
        form.setTitle(r.getTitle());
        form.setAnniversary(r.getAnniversary());
        form.setCalendar(r.getCalendar());
        form.setLeapMonth(r.isLeapMonth());
    }

    public void startAdd() {
        editing = null;
        form.setMobile(null);
        form.setName(null);
        form.setCompany(null);
        form.setTitle(null);
        form.setAnniversary(null);
        form.setCalendar(CalendarKind.SOLAR);
        form.setLeapMonth(false);
    }

    /** Saves the dialog: an edit of the recipient, or a new recipient. */
    public void saveRecipient() {
        var person = form.toPerson();
        try {
            if (editing != null) {
                plans.editRecipient(me(), id, editing, person.row(), person.date());
            } else {
                plans.addRecipients(me(), id, List.of(person));
            }
            refresh();
            Messages.info("anniversary.recipientSaved");
            org.primefaces.PrimeFaces.current().ajax().addCallbackParam("saved", true);
        } catch (BizbillException e) {
            Messages.show(e);
        }
    }

    public void removeRecipient(long recipientId) {
        try {
            plans.removeRecipient(me(), id, recipientId);
            refresh();
            Messages.info("anniversary.recipientRemoved");
        } catch (BizbillException e) {
            Messages.show(e);
        }
    }

    public String delete() {
        try {
            plans.delete(me(), id);
        } catch (BizbillException e) {
            Messages.show(e);
            return null;
        }
        Messages.flashInfo("anniversary.deleted");
        return "/portal/coupon/anniversaries?faces-redirect=true";
    }

    public CalendarKind[] getCalendars() {
        return CalendarKind.values();
    }

    public AnniversaryFormPage.Row getForm() {
        return form;
    }

    public Long getEditing() {
        return editing;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isMissing() {
        return missing;
    }
}
