package com.bizbill.wallet;

import com.bizbill.identity.CurrentMember;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Staff set postpaid organisations' monthly credit limits (CB-PST-1) and see this month's use. */
@Named
@ViewScoped
public class CreditAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CreditService credit;

    @Inject
    CurrentMember member;

    private Long organisationId;
    private Long limit;

    public List<CreditService.CreditView> getLines() {
        return credit.all();
    }

    public void edit(CreditService.CreditView v) {
        organisationId = v.organisationId();
        limit = v.limit();
    }

    public void save() {
        if (organisationId == null || limit == null) {
            return;
        }
        credit.setLimit(organisationId, limit);
        Messages.info("credit.saved");
    }

    public Long getLimit() {
        return limit;
    }

    public void setLimit(Long limit) {
        this.limit = limit;
    }

    public Long getOrganisationId() {
        return organisationId;
    }
}
