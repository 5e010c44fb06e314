package com.bizbill.shared.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;

/**
 * A file made by a page's action (a non-ajax button), answered in place of the page: an xlsx or a PDF built from what
 * the view holds (the order form's failure file, an order's recipient list), which a servlet could not reach.
 */
public final class FacesDownloads {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PDF = "application/pdf";

    private FacesDownloads() {
    }

    /** {@code fileName} is ours (ASCII, no quotes): never a user's text. */
    public static void send(byte[] content, String contentType, String fileName) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        ext.responseReset();
        ext.setResponseContentType(contentType);
        ext.setResponseContentLength(content.length);
        ext.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        ext.getResponseOutputStream().write(content);
        faces.responseComplete();
    }
}
