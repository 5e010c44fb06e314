package com.bizbill.billing;

import com.bizbill.identity.CurrentMember;
import com.bizbill.shared.Page;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.web.Messages;
import com.bizbill.shared.web.Pager;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;

/** Staff: upload an invoice file for the batch import and see the import history with reports (BP-INV-2). */
@Named
@ViewScoped
public class ImportsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InvoiceFiles files;

    @Inject
    InvoiceFileImport imports;

    @Inject
    CurrentMember member;

    @Inject
    com.bizbill.shared.web.Uploads uploads;

    private transient Part file;
    private final Pager pager = new Pager(20);

    public void upload() {
        if (file == null || file.getSize() == 0) {
            Messages.error("file.empty");
            return;
        }
        try {
            // issue 14: the file's size is checked while reading (limit + 1 byte at most)
            byte[] content = uploads.read(file, com.bizbill.shared.web.Uploads.Kind.DATA_FILE, "file");
            var run = files.submit(content, file.getSubmittedFileName());
            Messages.info("imports.started", Messages.particles("#" + run.getId(), "object"));
        } catch (IOException e) {
            Messages.error("file.unreadable");
        }
    }

    public Page<ImportRun> getRuns() {
        return imports.history(pager.page(), pager.size());
    }

    public void next() {
        pager.next(getRuns().total());
    }

    public void previous() {
        pager.previous();
    }

    public Pager getPager() {
        return pager;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
