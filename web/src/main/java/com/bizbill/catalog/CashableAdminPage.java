package com.bizbill.catalog;

import com.bizbill.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Staff: each coupon company's permission to order cashable products and its monthly limit (CB-CAT-2). */
@Named
@ViewScoped
public class CashableAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CashablePermissions permissions;

    private Long editId;
    private boolean permitted;
    private Long limit;

    public List<CashablePermissions.View> getCompanies() {
        return permissions.all();
    }

    public void edit(CashablePermissions.View v) {
        editId = v.organisationId();
        permitted = v.permitted();
        limit = v.monthlyLimit();
    }

    public void save() {
        if (editId == null) {
            return;
        }
        var v = permissions.set(editId, permitted, limit == null ? 0 : limit);
        Messages.info("catalog.cashable.saved", v.organisationName(), Messages.formats().won(v.monthlyLimit()));
        org.primefaces.PrimeFaces.current().ajax().addCallbackParam("saved", true);
    }

    public boolean isPermitted() {
        return permitted;
    }

    public void setPermitted(boolean permitted) {
        this.permitted = permitted;
    }

    public Long getLimit() {
        return limit;
    }

    public void setLimit(Long limit) {
        this.limit = limit;
    }
}
