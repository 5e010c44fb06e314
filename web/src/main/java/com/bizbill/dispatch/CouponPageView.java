package com.bizbill.dispatch;

import com.bizbill.identity.ClientAddresses;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.web.FacesDownloads;
import com.bizbill.shared.web.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;

/**
 * Issue 22 §1: the recipient's coupon page ({@code /c/{token}}): prove the number with an SMS code, then the coupons
 * with their barcodes, the manual's discard notices and "save the coupon image".
 */
@Named("couponPage")
@ViewScoped
public class CouponPageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CouponPages pages;

    @Inject
    RecipientVerifications verifications;

    @Inject
    ClientAddresses addresses;

    private String token;
    private CouponPages.Link link;
    private CouponPages.Sheet sheet;
    private String code;
    private boolean codeSent;

    public void load() {
        link = pages.link(token).orElse(null);
        if (link != null && verified()) {
            sheet = pages.sheet(token);
        }
    }

    /** Every action asks again whether this session proved this link's number (never trusts what the view holds). */
    private boolean verified() {
        return token != null && verifications.isVerified(token, pages.now());
    }

    public void sendCode() {
        if (link == null) {
            return;
        }
        try {
            String masked = pages.sendCode(token, address());
            codeSent = true;
            Messages.info("couponPage.codeSent", Messages.particles(masked, "toward"));
        } catch (BizbillException e) {
            Messages.show(e);
        }
    }

    public void verify() {
        if (link == null) {
            return;
        }
        try {
            if (!pages.verify(token, code, address())) {
                Messages.add(FacesMessage.SEVERITY_ERROR, "verify:code", "couponPage.wrongCode");
                return;
            }
        } catch (BizbillException e) {
            Messages.show(e);
            return;
        }
        verifications.verified(token, pages.now());
        code = null;
        sheet = pages.sheet(token);
    }

    /** Issue 22 §2: the recipient picks a gift (the confirmation names it and says it cannot be changed). */
    public void choose(long itemId) {
        if (sheet == null || !sheet.choosing() || !verified()) {
            return;
        }
        try {
            switch (pages.choose(token, itemId)) {
                case ISSUED -> Messages.info("couponPage.chosen");
                case FAILED -> Messages.error("couponPage.chooseFailed");
                case PENDING -> Messages.info("couponPage.choosePending");
            }
        } catch (BizbillException e) {
            Messages.show(e);
        }
        sheet = pages.sheet(token);
    }

    /** "쿠폰 이미지 저장": the usable coupons on one picture (discarded ones are not worth keeping). */
    public void saveImage() throws IOException {
        if (sheet == null || !verified()) {
            return;
        }
        var labels = Messages.labels();
        var cards = sheet.coupons().stream().filter(c -> c.state() != RecipientCouponState.DISCARDED)
                .map(c -> new CouponImages.Card(c.brand(), c.product(), c.number(),
                        Messages.get("couponPage.validUntil") + " " + c.validUntil(), labels.of(c.state())))
                .toList();
        FacesDownloads.send(CouponImages.sheetPng(sheet.sendTitle(), cards), "image/png", "coupon.png");
    }

    private String address() {
        return addresses.of((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }

    public String spaced(String number) {
        return number == null ? "" : CouponImages.spaced(number);
    }

    public String getToken() {
        return token;
    }

    /** The link's token is set once per view: a postback cannot swap in another link (its proof is per token). */
    public void setToken(String token) {
        if (this.token == null) {
            this.token = token;
        }
    }

    public CouponPages.Link getLink() {
        return link;
    }

    public CouponPages.Sheet getSheet() {
        return sheet;
    }

    public boolean isVerified() {
        return sheet != null;
    }

    public boolean isCodeSent() {
        return codeSent;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
