package com.bizbill.identity;

import com.bizbill.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** CB-MEM-3 "my info > security settings": the second login step on/off and the trusted IPs. */
@Named
@ViewScoped
public class SecuritySettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TwoStepLogin twoStep;

    @Inject
    CurrentMember member;

    public boolean isApplicable() {
        var m = member.get();
        return m != null && (m.role() == Role.MASTER || m.role() == Role.SUB_MEMBER);
    }

    public boolean isTwoStep() {
        return twoStep.isTwoStep(member.get().id());
    }

    public void setTwoStep(boolean on) {
        twoStep.setTwoStep(member.get().id(), on);
        Messages.info(on ? "twostep.turnedOn" : "twostep.turnedOff");
    }

    public List<TrustedIp> getTrustedIps() {
        return twoStep.trustedIps(member.get().id());
    }

    public void remove(long id) {
        twoStep.removeTrustedIp(member.get().id(), id);
        Messages.info("twostep.ipRemoved");
    }
}
