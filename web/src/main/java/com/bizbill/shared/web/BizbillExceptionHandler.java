package com.bizbill.shared.web;

import com.bizbill.shared.error.BizbillException;
import jakarta.ejb.EJBException;
import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.el.ELException;
import java.io.IOException;
import java.util.Iterator;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The JSF side of the error catalogue: a business failure becomes a message from the bundle on the
 * same page; an expired view sends the user back to the page (or the login) with a notice; anything
 * else is logged with an incident id and the user sees the friendly error page, never a stack trace.
 */
public class BizbillExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(BizbillExceptionHandler.class.getName());

    public BizbillExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext ctx = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable t = events.next().getContext().getException();
            events.remove();
            try {
                handleOne(ctx, t);
            } catch (IOException e) {
                LOG.log(Level.SEVERE, "could not show the error page", e);
            }
            if (ctx.getResponseComplete()) {
                break;
            }
        }
        while (events.hasNext()) {
            events.next();
            events.remove();
        }
        getWrapped().handle();
    }

    private void handleOne(FacesContext ctx, Throwable t) throws IOException {
        var ext = ctx.getExternalContext();
        if (t instanceof ViewExpiredException expired) {
            ext.getFlash().put("notice", Messages.get(ctx.getViewRoot() == null
                    ? java.util.Locale.KOREAN : ctx.getViewRoot().getLocale(), "error.viewExpired"));
            ext.getFlash().setKeepMessages(true);
            String target = expired.getViewId() == null ? "/login.xhtml" : expired.getViewId();
            ext.redirect(ext.getRequestContextPath() + target);
            return;
        }
        if (find(t, org.primefaces.csp.CspException.class) != null) {
            // issue 14 §4: a post without the nonce PrimeFaces' script adds (an old tab, a script that did
            // not load, a forged form) is answered like an expired page: back to it, not an incident
            LOG.info("form posted without its CSP nonce on " + ext.getRequestServletPath());
            ext.getFlash().put("notice", Messages.get(ctx.getViewRoot() == null
                    ? java.util.Locale.KOREAN : ctx.getViewRoot().getLocale(), "error.viewExpired"));
            ext.getFlash().setKeepMessages(true);
            ext.getFlash().setRedirect(true);
            ext.redirect(ext.getRequestContextPath() + ext.getRequestServletPath());
            return;
        }
        BizbillException business = find(t, BizbillException.class);
        if (business != null) {
            show(ctx, business);
            ctx.renderResponse();
            return;
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "incident " + incident + " on " + (ctx.getViewRoot() == null ? "?" : ctx.getViewRoot().getViewId()), t);
        if (!ext.isResponseCommitted()) {
            ext.redirect(ext.getRequestContextPath() + "/error.xhtml?incident=" + incident);
        }
    }

    /**
     * Issue 15 §2: the one place a page shows a business failure. The failure's own message goes to the
     * page; each field error, in the view's language, beside the input whose id is the field (once: the
     * page's messages are global only), or to the page when no input has that id.
     */
    static void show(FacesContext ctx, BizbillException e) {
        java.util.Locale locale = ctx.getViewRoot() == null ? java.util.Locale.KOREAN : ctx.getViewRoot().getLocale();
        ctx.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                Messages.get(locale, e.getCode().messageKey()), null));
        java.util.Set<String> shown = new java.util.HashSet<>();
        for (BizbillException.FieldError f : e.getFieldErrors()) {
            String text = FieldMessages.words(locale, f);
            String clientId = clientIdOf(ctx, f.field());
            if (shown.add(clientId + "\n" + text)) {
                ctx.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
            }
        }
        ctx.validationFailed();
    }

    /**
     * The client id of the input named {@code field} (id equal to it, or client id ending in ":" + it) that a
     * p:message shows, preferring the submitted form's (two forms may each have an "amount"); null: none, and
     * the message goes to the page (the growl shows only page messages, so nothing is shown twice).
     */
    static String clientIdOf(FacesContext ctx, String field) {
        if (field == null || ctx.getViewRoot() == null) {
            return null;
        }
        String suffix = jakarta.faces.component.UINamingContainer.getSeparatorChar(ctx) + field;
        String[] found = new String[2]; // [0] in the submitted form, [1] anywhere
        java.util.Set<String> shownFor = new java.util.HashSet<>(); // inputs a p:message shows messages of
        ctx.getViewRoot().visitTree(jakarta.faces.component.visit.VisitContext.createVisitContext(ctx, null,
                java.util.EnumSet.of(jakarta.faces.component.visit.VisitHint.SKIP_UNRENDERED)), (visit, c) -> {
            if (c instanceof jakarta.faces.component.UIMessage m && m.getFor() != null) {
                shownFor.add(m.getFor());
            }
            return jakarta.faces.component.visit.VisitResult.ACCEPT;
        });
        ctx.getViewRoot().visitTree(jakarta.faces.component.visit.VisitContext.createVisitContext(ctx, null,
                java.util.EnumSet.of(jakarta.faces.component.visit.VisitHint.SKIP_UNRENDERED)), (visit, c) -> {
            if (c instanceof jakarta.faces.component.UIInput
                    && (field.equals(c.getId()) || c.getClientId(ctx).endsWith(suffix))
                    && (shownFor.contains(c.getId()) || shownFor.contains(c.getClientId(ctx))
                        || shownFor.contains(":" + c.getClientId(ctx)))) {
                String id = c.getClientId(ctx);
                if (found[1] == null) {
                    found[1] = id;
                }
                jakarta.faces.component.UIComponent p = c.getParent();
                while (p != null && !(p instanceof jakarta.faces.component.UIForm)) {
                    p = p.getParent();
                }
                if (p instanceof jakarta.faces.component.UIForm form && form.isSubmitted()) {
                    found[0] = id;
                    return jakarta.faces.component.visit.VisitResult.COMPLETE;
                }
            }
            return jakarta.faces.component.visit.VisitResult.ACCEPT;
        });
        return found[0] != null ? found[0] : found[1];
    }

    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
            if (!(c instanceof FacesException || c instanceof ELException || c instanceof EJBException
                    || c.getCause() != null)) {
                break;
            }
        }
        return null;
    }
}
