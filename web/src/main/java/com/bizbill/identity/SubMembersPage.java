package com.bizbill.identity;

import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.web.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Master: sub-members (CB-MEM-4..6): invite many rows at once with per-row results, suspend or
 * reactivate, set the monthly purchase limit for one or many, request a withdrawal with evidence.
 */
@Named
@ViewScoped
public class SubMembersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SubMemberService members;

    @Inject
    CurrentMember member;

    /** One invitee per line: e-mail, name, mobile (comma or tab separated, pasted from a spreadsheet). */
    private String inviteText;
    private List<InviteRow> inviteResults = List.of();

    private List<SubMemberView> selected = new ArrayList<>();
    private boolean unlimited;
    private Long limitAmount;

    private Long withdrawId;
    @Inject
    com.bizbill.shared.web.Uploads uploads;

    private transient Part evidence1;
    private transient Part evidence2;
    private transient Part evidence3;

    private long me() {
        return member.get().id();
    }

    public List<SubMemberView> getSubMembers() {
        return members.subMembers(me());
    }

    public long getSpendable() {
        return members.spendable(me());
    }

    public void invite() {
        List<InviteRow> rows = new ArrayList<>();
        for (String line : (inviteText == null ? "" : inviteText).split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("[,\\t]", -1);
            rows.add(new InviteRow(cell(cells, 0), cell(cells, 1), cell(cells, 2)));
        }
        if (rows.isEmpty()) {
            Messages.add(FacesMessage.SEVERITY_ERROR, "inviteForm:inviteText", "invite.noRows");
            return;
        }
        inviteResults = members.invite(me(), rows);
        long ok = inviteResults.stream().filter(InviteRow::isOk).count();
        Messages.info("invite.result", ok, inviteResults.size() - ok);
        if (ok == inviteResults.size()) {
            inviteText = null;
        }
    }

    private static String cell(String[] cells, int i) {
        return i < cells.length ? cells[i].trim() : "";
    }

    public void applyLimit() {
        try {
            MonthlyPurchaseLimit limit = unlimited ? MonthlyPurchaseLimit.unlimited()
                    : limitAmount == null ? null : MonthlyPurchaseLimit.of(limitAmount);
            if (limit == null) {
                Messages.add(FacesMessage.SEVERITY_ERROR, "limitForm:amount", "field.required");
                return;
            }
            members.setLimit(me(), selected.stream().map(SubMemberView::id).toList(), limit);
            Messages.info("limit.applied", selected.size());
            selected = new ArrayList<>();
        } catch (IllegalArgumentException e) {
            Messages.add(FacesMessage.SEVERITY_ERROR, "limitForm:amount", "limit.negative");
        } catch (BizbillException e) {
            e.getFieldErrors().forEach(f -> Messages.error(f.message()));
        }
    }

    public void suspend(long id) {
        members.setSuspended(me(), id, true);
        Messages.info("members.suspended");
    }

    public void reactivate(long id) {
        members.setSuspended(me(), id, false);
        Messages.info("members.reactivated");
    }

    public void startWithdrawal(long id) {
        withdrawId = id;
    }

    public void requestWithdrawal() throws IOException {
        List<byte[]> files = new ArrayList<>();
        for (Part p : new Part[] {evidence1, evidence2, evidence3}) {
            if (p != null && p.getSize() > 0) {
                // issue 14: each file's size is checked while reading (limit + 1 byte at most)
                files.add(uploads.read(p, com.bizbill.shared.web.Uploads.Kind.DOCUMENT, "evidence"));
            }
        }
        members.requestWithdrawal(me(), withdrawId, files);
        Messages.info("withdrawal.requested");
    }

    public String getInviteText() {
        return inviteText;
    }

    public void setInviteText(String inviteText) {
        this.inviteText = inviteText;
    }

    public List<InviteRow> getInviteResults() {
        return inviteResults;
    }

    public List<SubMemberView> getSelected() {
        return selected;
    }

    public void setSelected(List<SubMemberView> selected) {
        this.selected = selected;
    }

    public boolean isUnlimited() {
        return unlimited;
    }

    public void setUnlimited(boolean unlimited) {
        this.unlimited = unlimited;
    }

    public Long getLimitAmount() {
        return limitAmount;
    }

    public void setLimitAmount(Long limitAmount) {
        this.limitAmount = limitAmount;
    }

    public Part getEvidence1() {
        return evidence1;
    }

    public void setEvidence1(Part evidence1) {
        this.evidence1 = evidence1;
    }

    public Part getEvidence2() {
        return evidence2;
    }

    public void setEvidence2(Part evidence2) {
        this.evidence2 = evidence2;
    }

    public Part getEvidence3() {
        return evidence3;
    }

    public void setEvidence3(Part evidence3) {
        this.evidence3 = evidence3;
    }

    public Long getWithdrawId() {
        return withdrawId;
    }

    public void setWithdrawId(Long withdrawId) {
        this.withdrawId = withdrawId;
    }
}
