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

    // ---------------------------------------------------------------- issue 24 §4: the payment type

    @Inject
    PaymentTypeSwitch switcher;

    private String companyText;
    private Long switching;
    private String switchingName;
    private com.bizbill.identity.PaymentType target;
    private Long switchLimit;
    private String reason;

    public List<PaymentTypeSwitch.Company> getCompanies() {
        return switcher.companies(companyText);
    }

    public void startSwitch(PaymentTypeSwitch.Company c) {
        switching = c.organisationId();
        switchingName = c.name();
        target = c.type() == com.bizbill.identity.PaymentType.POSTPAID ? com.bizbill.identity.PaymentType.PREPAID
                : com.bizbill.identity.PaymentType.POSTPAID;
        switchLimit = c.creditLimit();
        reason = null;
    }

    public String getSwitchQuestion() {
        return switching == null ? "" : Messages.get("paymentType.confirm", switchingName,
                Messages.labels().of(target));
    }

    public void switchType() {
        if (switching == null) {
            return;
        }
        try {
            switcher.switchTo(switching, target, target == com.bizbill.identity.PaymentType.POSTPAID ? switchLimit : null,
                    reason);
            Messages.info("paymentType.switched", switchingName, Messages.labels().of(target));
            org.primefaces.PrimeFaces.current().ajax().addCallbackParam("switched", true);
            switching = null;
        } catch (BizbillException e) {
            Messages.show(e);
        }
    }

    public com.bizbill.identity.PaymentType[] getPaymentTypes() {
        return com.bizbill.identity.PaymentType.values();
    }

    public String getCompanyText() {
        return companyText;
    }

    public void setCompanyText(String companyText) {
        this.companyText = companyText;
    }

    public com.bizbill.identity.PaymentType getTarget() {
        return target;
    }

    public void setTarget(com.bizbill.identity.PaymentType target) {
        this.target = target;
    }

    public Long getSwitchLimit() {
        return switchLimit;
    }

    public void setSwitchLimit(Long switchLimit) {
        this.switchLimit = switchLimit;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
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
