package com.bizbill.messaging;

import com.bizbill.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Staff: the operator's Alimtalk templates that coupon orders use (issue 19 §3). */
@Named
@ViewScoped
public class TemplatesAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AlimtalkTemplates templates;

    private Long editId;
    private String theme = AlimtalkTemplates.THEMES.get(0);
    private String title;
    private String templateCode;
    private String message;
    private boolean active = true;

    public List<AlimtalkTemplate> getTemplates() {
        return templates.all();
    }

    public List<String> getThemes() {
        return AlimtalkTemplates.THEMES;
    }

    public void startNew() {
        editId = null;
        theme = AlimtalkTemplates.THEMES.get(0);
        title = null;
        templateCode = null;
        message = null;
        active = true;
    }

    public void edit(AlimtalkTemplate t) {
        editId = t.getId();
        theme = t.getTheme();
        title = t.getTitle();
        templateCode = t.getTemplateCode();
        message = t.getMessage();
        active = t.isActive();
    }

    public void save() {
        AlimtalkTemplate t = templates.save(editId, theme, title, templateCode, message, active);
        Messages.info("template.saved", Messages.particles(t.getTitle(), "object"));
        org.primefaces.PrimeFaces.current().ajax().addCallbackParam("saved", true);
    }

    /** A preview with sample values, as a recipient would read it. */
    public String getPreview() {
        return TemplateVariables.fill(message, java.util.Map.of(TemplateVariables.NAME, Messages.get("template.sample.name"),
                TemplateVariables.COMPANY, Messages.get("template.sample.company"), TemplateVariables.ANNIVERSARY,
                Messages.get("template.sample.anniversary")));
    }

    public boolean isEditing() {
        return editId != null;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getTemplateCode() {
        return templateCode;
    }

    public void setTemplateCode(String templateCode) {
        this.templateCode = templateCode;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
