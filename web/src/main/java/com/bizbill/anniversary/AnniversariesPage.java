package com.bizbill.anniversary;

import com.bizbill.identity.CurrentMember;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Issue 23 §4, CB-ANV-1: "기념일 발송관리": the member's own anniversary orders (not shared between master and
 * sub-members) with type, recipients, products, the amount per recipient, the next day an order is made, why one
 * stopped or skipped a day and how to restart it, and the ON/OFF switch (switching on names the amount it will pay).
 */
@Named
@ViewScoped
public class AnniversariesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AnniversaryPlans plans;

    @Inject
    CurrentMember member;

    private transient List<AnniversaryPlans.PlanView> views;
    private Long switching;
    private long switchAmount;

    private long me() {
        return member.get().id();
    }

    public List<AnniversaryPlans.PlanView> getPlans() {
        if (views == null) {
            views = plans.mine(me());
        }
        return views;
    }

    /** The notice of a plan in words: why it stopped (and how to restart) or which day was skipped and why. */
    public String notice(AnniversaryPlan p) {
        return AnniversaryWords.notice(p);
    }

    /** Asks before switching on: the amount per recipient at today's prices. */
    public void askOn(long planId) {
        try {
            switching = planId;
            switchAmount = plans.perRecipientNow(me(), planId);
            org.primefaces.PrimeFaces.current().ajax().addCallbackParam("ask", true);
        } catch (BizbillException e) {
            Messages.show(e);
        }
    }

    public String getSwitchQuestion() {
        return switching == null ? "" : Messages.get("anniversary.switchOn.confirm",
                Messages.formats().won(switchAmount));
    }

    public void switchOn() {
        if (switching == null) {
            return;
        }
        try {
            plans.switchOn(me(), switching, switchAmount);
            Messages.info("anniversary.switchedOn");
        } catch (BizbillException e) {
            Messages.show(e);
        }
        switching = null;
        views = null;
    }

    public void switchOff(long planId) {
        try {
            plans.switchOff(me(), planId);
            Messages.info("anniversary.switchedOff");
        } catch (BizbillException e) {
            Messages.show(e);
        }
        views = null;
    }
}
