package com.bizbill.billing;

import com.bizbill.identity.CurrentMember;
import com.bizbill.shared.Page;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.web.Messages;
import com.bizbill.shared.web.Pager;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Admin: billing accounts with their contract terms (BP-ON-1), invitations, and the contact e-mail (BP-INV-4). */
@Named
@ViewScoped
public class BillingAccountsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BillingAccountService accounts;

    @Inject
    CurrentMember member;

    private final Pager pager = new Pager(20);
    private String search;

    private String companyName;
    private String accountName;
    private PaymentMethod paymentMethod = PaymentMethod.BANK_TRANSFER;
    private String contactEmail;
    private boolean discount;

    private Long editId;
    private String newContactEmail;
    private String newVirtualAccount;

    public Page<BillingAccount> getAccounts() {
        return accounts.search(search, pager.page(), pager.size());
    }

    public List<PaymentMethod> getMethods() {
        return List.of(PaymentMethod.values());
    }

    public void find() {
        pager.first();
    }

    public void next() {
        pager.next(getAccounts().total());
    }

    public void previous() {
        pager.previous();
    }

    public int getPage() {
        return pager.page();
    }

    public void register() {
        BillingAccount a = accounts.register(companyName, accountName, paymentMethod, contactEmail, discount);
        Messages.info("accounts.registered", a.getName(), Messages.particles(a.getContactEmail(), "toward"));
        companyName = null;
        accountName = null;
        contactEmail = null;
        discount = false;
        org.primefaces.PrimeFaces.current().executeScript("PF('registerDialog').hide()");
    }

    public void startEdit(long id) {
        editId = id;
        newContactEmail = accounts.get(id).getContactEmail();
        newVirtualAccount = accounts.get(id).getVirtualAccount();
        newVirtualAccountBank = accounts.get(id).getVirtualAccountBank();
    }

    private String newVirtualAccountBank;

    public String getNewVirtualAccountBank() {
        return newVirtualAccountBank;
    }

    public void setNewVirtualAccountBank(String newVirtualAccountBank) {
        this.newVirtualAccountBank = newVirtualAccountBank;
    }

    /** Issue 18 §2: the banks staff pick from, by code, named in the viewer's language. */
    public List<String> getBanks() {
        return Messages.labels().codes("Bank");
    }

    public void saveVirtualAccount() {
        accounts.assignVirtualAccount(editId, newVirtualAccountBank, newVirtualAccount);
        Messages.info("accounts.virtualAccountSaved");
        org.primefaces.PrimeFaces.current().executeScript("PF('virtualAccountDialog').hide()");
    }

    public String getNewVirtualAccount() {
        return newVirtualAccount;
    }

    public void setNewVirtualAccount(String newVirtualAccount) {
        this.newVirtualAccount = newVirtualAccount;
    }

    public void saveContact() {
        accounts.changeContactEmail(editId, newContactEmail);
        Messages.info("accounts.contactChanged", Messages.particles(newContactEmail, "toward"));
        org.primefaces.PrimeFaces.current().executeScript("PF('contactDialog').hide()");
    }

    public void resend(long id) {
        accounts.resendInvitation(id);
        Messages.info("accounts.invitationResent");
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getCompanyName() {
        return companyName;
    }

    public void setCompanyName(String companyName) {
        this.companyName = companyName;
    }

    public String getAccountName() {
        return accountName;
    }

    public void setAccountName(String accountName) {
        this.accountName = accountName;
    }

    public PaymentMethod getPaymentMethod() {
        return paymentMethod;
    }

    public void setPaymentMethod(PaymentMethod paymentMethod) {
        this.paymentMethod = paymentMethod;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public boolean isDiscount() {
        return discount;
    }

    public void setDiscount(boolean discount) {
        this.discount = discount;
    }

    public String getNewContactEmail() {
        return newContactEmail;
    }

    public void setNewContactEmail(String newContactEmail) {
        this.newContactEmail = newContactEmail;
    }
}
