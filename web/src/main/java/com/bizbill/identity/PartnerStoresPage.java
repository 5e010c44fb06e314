package com.bizbill.identity;

import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Admin: notification-billing partner stores with their main phone and admin login. */
@Named
@ViewScoped
public class PartnerStoresPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PartnerStoreService stores;

    @Inject
    CurrentMember member;

    private String name;
    private String mainPhone;
    private String adminLoginId;
    private String adminEmail;

    public List<Organisation> getStores() {
        return stores.stores();
    }

    public void register() {
        Organisation o = stores.register(name, mainPhone, adminLoginId, adminEmail);
        // issue 17 §3: the particle fits the name ("가맹점을", "카페를"), the address takes 으로/로
        Messages.info("stores.registered", Messages.particles(o.getName(), "object"), Messages.particles(adminEmail, "toward"));
        name = null;
        mainPhone = null;
        adminLoginId = null;
        adminEmail = null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getMainPhone() {
        return mainPhone;
    }

    public void setMainPhone(String mainPhone) {
        this.mainPhone = mainPhone;
    }

    public String getAdminLoginId() {
        return adminLoginId;
    }

    public void setAdminLoginId(String adminLoginId) {
        this.adminLoginId = adminLoginId;
    }

    public String getAdminEmail() {
        return adminEmail;
    }

    public void setAdminEmail(String adminEmail) {
        this.adminEmail = adminEmail;
    }
}
