package com.bizbill.usage;

import com.bizbill.identity.CurrentMember;
import com.bizbill.messaging.UsageImport;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;

/**
 * Staff: import a usage file of messages that went out elsewhere (NB-USE-1), all or nothing, idempotent by
 * message id; the rows at fault are listed line by line.
 */
@Named
@ViewScoped
public class UsageImportPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Rows at fault shown on the page (the first ones: a file that bad is best fixed at its source). */
    static final int SHOWN_REJECTS = 200;

    @Inject
    UsageImport usageImport;

    @Inject
    CurrentMember member;

    @Inject
    com.bizbill.shared.web.Uploads uploads;

    private transient Part file;
    private UsageImport.FileResult result;
    private String fileName;

    public void upload() {
        result = null;
        if (file == null || file.getSize() == 0) {
            Messages.error("file.empty");
            return;
        }
        fileName = file.getSubmittedFileName();
        try {
            // issue 14: the file's size is checked while reading (limit + 1 byte at most)
            result = usageImport.importFile(uploads.read(file, com.bizbill.shared.web.Uploads.Kind.DATA_FILE, "file"), fileName);
        } catch (IOException e) {
            Messages.error("file.unreadable");
            return;
        }
        if (result.imported()) {
            Messages.info("usageImport.done", result.rows(), result.created(), result.duplicates());
        } else {
            Messages.error("usageImport.rejected", result.rejected().size(), result.rows());
        }
    }

    public java.util.List<com.bizbill.messaging.UsageFile.Row> getShownRejects() {
        return result == null ? java.util.List.of()
                : result.rejected().subList(0, Math.min(SHOWN_REJECTS, result.rejected().size()));
    }

    public UsageImport.FileResult getResult() {
        return result;
    }

    public String getFileName() {
        return fileName;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
