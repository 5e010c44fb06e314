package com.bizbill.identity;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;

/** Between the password step and the SMS code step: whose login it is (never authenticated yet). */
@SessionScoped
public class PendingLogin implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long memberId;
    private String maskedMobile;

    public void start(long memberId, String maskedMobile) {
        this.memberId = memberId;
        this.maskedMobile = maskedMobile;
    }

    public void clear() {
        memberId = null;
        maskedMobile = null;
    }

    public Long memberId() {
        return memberId;
    }

    public String maskedMobile() {
        return maskedMobile;
    }
}
