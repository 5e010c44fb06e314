package com.bizbill.identity;

import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.files.FileKind;
import com.bizbill.shared.web.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * CB-MEM-2 master sign-up in three steps: (1) business number, company, representative and the
 * licence file; (2) e-mail ID verified by a mailed code, password, mobile number and consents;
 * (3) payment type. The server re-checks everything at submission.
 */
@Named
@ViewScoped
public class MasterSignupPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MasterSignupService signups;

    private int step = 1;
    private boolean done;

    private String businessNumber;
    private String companyName;
    private String representative;
    @Inject
    com.bizbill.shared.web.Uploads uploads;

    private transient Part licenceUpload;
    private byte[] licence;
    private String licenceName;

    private String email;
    private String emailCode;
    private String emailTicket;
    private String verifiedEmail;
    private String password;
    private String passwordAgain;
    private String mobile;
    private boolean agreedTerms;
    private boolean agreedPrivacy;

    private PaymentType paymentType = PaymentType.PREPAID;

    public void stepOne() throws IOException {
        if (licenceUpload == null || licenceUpload.getSize() == 0) {
            Messages.add(FacesMessage.SEVERITY_ERROR, "stepOne:licence", "file.empty");
            return;
        }
        byte[] bytes;
        // issue 14: the licence's size is checked while reading (limit + 1 byte at most)
        bytes = uploads.read(licenceUpload, com.bizbill.shared.web.Uploads.Kind.DOCUMENT, "licence");
        if (FileKind.detect(bytes).isEmpty()) {
            Messages.add(FacesMessage.SEVERITY_ERROR, "stepOne:licence", "file.type");
            return;
        }
        signups.checkBusinessNumber(businessNumber == null ? null : businessNumber.trim());
        licence = bytes;
        licenceName = licenceUpload.getSubmittedFileName();
        step = 2;
    }

    public void sendCode() {
        signups.sendEmailCode(email);
        Messages.info("master.codeSent", Messages.particles(email, "toward"));
    }

    public void verifyCode() {
        var ticket = signups.verifyEmailCode(email, emailCode);
        if (ticket.isEmpty()) {
            Messages.add(FacesMessage.SEVERITY_ERROR, "stepTwo:emailCode", "email.codeWrong");
            return;
        }
        emailTicket = ticket.get();
        verifiedEmail = email.trim().toLowerCase();
        Messages.info("master.emailVerified");
    }

    public void stepTwo() {
        if (emailTicket == null || verifiedEmail == null || !verifiedEmail.equals(email.trim().toLowerCase())) {
            Messages.add(FacesMessage.SEVERITY_ERROR, "stepTwo:email", "email.notVerified");
            return;
        }
        if (Messages.passwordsDiffer(password, passwordAgain, "stepTwo:passwordAgain")) {
            return;
        }
        var problem = PasswordPolicy.problem(password, verifiedEmail);
        if (problem.isPresent()) {
            Messages.add(FacesMessage.SEVERITY_ERROR, "stepTwo:password", problem.get());
            return;
        }
        if (!agreedTerms || !agreedPrivacy) {
            Messages.add(FacesMessage.SEVERITY_ERROR, "stepTwo:agreedTerms", "field.agreement");
            return;
        }
        step = 3;
    }

    public void back() {
        step = Math.max(1, step - 1);
    }

    public void submit() {
        signups.signUp(new MasterSignup(businessNumber.trim(), companyName, representative, verifiedEmail,
                emailTicket, password, mobile, agreedTerms, agreedPrivacy, paymentType), licence);
        done = true;
        licence = null;
        password = null;
        passwordAgain = null;
    }

    public List<PaymentType> getPaymentTypes() {
        return List.of(PaymentType.values());
    }

    public int getStep() {
        return step;
    }

    public boolean isDone() {
        return done;
    }

    public boolean isEmailVerified() {
        return verifiedEmail != null && email != null && verifiedEmail.equals(email.trim().toLowerCase());
    }

    public String getLicenceName() {
        return licenceName;
    }

    public String getBusinessNumber() {
        return businessNumber;
    }

    public void setBusinessNumber(String businessNumber) {
        this.businessNumber = businessNumber;
    }

    public String getCompanyName() {
        return companyName;
    }

    public void setCompanyName(String companyName) {
        this.companyName = companyName;
    }

    public String getRepresentative() {
        return representative;
    }

    public void setRepresentative(String representative) {
        this.representative = representative;
    }

    public Part getLicenceUpload() {
        return licenceUpload;
    }

    public void setLicenceUpload(Part licenceUpload) {
        this.licenceUpload = licenceUpload;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getEmailCode() {
        return emailCode;
    }

    public void setEmailCode(String emailCode) {
        this.emailCode = emailCode;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordAgain() {
        return passwordAgain;
    }

    public void setPasswordAgain(String passwordAgain) {
        this.passwordAgain = passwordAgain;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public boolean isAgreedTerms() {
        return agreedTerms;
    }

    public void setAgreedTerms(boolean agreedTerms) {
        this.agreedTerms = agreedTerms;
    }

    public boolean isAgreedPrivacy() {
        return agreedPrivacy;
    }

    public void setAgreedPrivacy(boolean agreedPrivacy) {
        this.agreedPrivacy = agreedPrivacy;
    }

    public PaymentType getPaymentType() {
        return paymentType;
    }

    public void setPaymentType(PaymentType paymentType) {
        this.paymentType = paymentType;
    }
}
