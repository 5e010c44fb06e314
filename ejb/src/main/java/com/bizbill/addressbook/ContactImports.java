package com.bizbill.addressbook;

import com.bizbill.shared.error.BizbillException;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Issue 23 §2 (CB-ADR-2): a contact file read and added in the background while its page shows the progress. The
 * rows are added in one transaction (all or none); the failing rows are kept for the failure file.
 */
@Stateless
public class ContactImports {

    private static final Logger LOG = Logger.getLogger(ContactImports.class.getName());

    @Inject
    ContactImportProgress progress;

    @Inject
    AddressBook book;

    /** Starts the import into the member's group; returns at once (the progress is {@link ContactImportProgress}). */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // "finished" only after the rows are committed
    public void run(String id, long memberId, long groupId, byte[] content) {
        try {
            ContactFiles.Reading r = ContactFiles.read(content);
            progress.read(id, r.rows().size(), r.failures());
            int added = book.addAll(memberId, groupId, r.rows(), n -> progress.done(id, n));
            progress.finished(id, added);
        } catch (IOException e) {
            progress.failed(id, "order.upload.unreadable");
        } catch (BizbillException e) {
            progress.failed(id, e.getCode().messageKey());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "contact import " + id + " failed", e);
            progress.failed(id, "addressBook.importFailed");
        }
    }
}
