package com.bizbill.anniversary;

import com.bizbill.addressbook.CalendarKind;
import com.bizbill.identity.CurrentMember;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
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

    @Inject
    com.bizbill.ordering.OrderForms forms;

    private Long id;
    private boolean missing;
    private Long editing;
    private final AnniversaryFormPage.Row form = new AnniversaryFormPage.Row();

    private long me() {
        return member.get().id();
    }

    /** f:viewAction: another member's plan is "not found", as any id that is not one's own. */
    public void load() {
        try {
            if (id == null) {
                missing = true;
                return;
            }
            plans.plan(me(), id);
        } catch (BizbillException e) {
            missing = true;
            Messages.show(e);
        }
    }

    public AnniversaryPlans.PlanView getView() {
        return missing ? null : plans.plan(me(), id);
    }

    public String getNotice() {
        AnniversaryPlans.PlanView v = getView();
        return v == null ? null : AnniversaryWords.notice(v.plan());
    }

    public List<AnniversaryRecipient> getRecipients() {
        return missing ? List.of() : plans.recipients(me(), id);
    }

    public List<AnniversaryRun> getRuns() {
        return missing ? List.of() : plans.runs(me(), id, 100);
    }

    public String nextOf(AnniversaryRecipient r) {
        return AnniversaryDates.next(r.date(), forms.now().toLocalDate())
                .map(java.time.LocalDate::toString).orElse("");
    }

    public void removeProduct(long rowId) {
        try {
            plans.removeProduct(me(), id, rowId);
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
            Messages.info("anniversary.recipientSaved");
            org.primefaces.PrimeFaces.current().ajax().addCallbackParam("saved", true);
        } catch (BizbillException e) {
            Messages.show(e);
        }
    }

    public void removeRecipient(long recipientId) {
        try {
            plans.removeRecipient(me(), id, recipientId);
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
