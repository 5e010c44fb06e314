package com.bizbill.addressbook;

import com.bizbill.identity.CurrentMember;
import com.bizbill.shared.Page;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.web.FacesDownloads;
import com.bizbill.shared.web.Messages;
import com.bizbill.shared.web.Pager;
import com.bizbill.shared.web.Uploads;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Issue 23 §1, §2 (CB-ADR-1, CB-ADR-2): the member's own address book: folders and groups on one side, the chosen
 * group's contacts on the other (search by name or number), add and edit a contact, move or delete the ticked ones,
 * and contacts from Excel (the sample file; failing rows come back as a file with the reason per row).
 */
@Named
@ViewScoped
public class AddressBookPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AddressBook book;

    @Inject
    CurrentMember member;

    @Inject
    Uploads uploads;

    @Inject
    com.bizbill.ordering.OrderForms forms;

    private final Pager pager = new Pager(50);
    private Long groupId;
    private String text;
    private String newName;
    private Long editingId;
    private java.util.Map<Long, Boolean> ticked = new java.util.HashMap<>();
    private Long moveTo;
    private Long folderTarget;
    private transient Part file;
    private List<ContactFiles.Failure> failures = List.of();
    private ContactForm form = new ContactForm();

    /** The contact being added or edited, as typed. */
    public static class ContactForm implements Serializable {
        private static final long serialVersionUID = 1L;
        public String name;
        public String mobile;
        public String anniversary;
        public CalendarKind calendar = CalendarKind.SOLAR;
        public boolean leapMonth;
        public String company;
        public String department;
        public String title;

        AddressBookRules.ContactData data() {
            return new AddressBookRules.ContactData(name, mobile, anniversary, calendar, leapMonth, company, department,
                    title);
        }

        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public String getMobile() { return mobile; }
        public void setMobile(String v) { mobile = v; }
        public String getAnniversary() { return anniversary; }
        public void setAnniversary(String v) { anniversary = v; }
        public CalendarKind getCalendar() { return calendar; }
        public void setCalendar(CalendarKind v) { calendar = v; }
        public boolean isLeapMonth() { return leapMonth; }
        public void setLeapMonth(boolean v) { leapMonth = v; }
        public String getCompany() { return company; }
        public void setCompany(String v) { company = v; }
        public String getDepartment() { return department; }
        public void setDepartment(String v) { department = v; }
        public String getTitle() { return title; }
        public void setTitle(String v) { title = v; }
    }

    private long me() {
        return member.get().id();
    }

    public List<AddressBook.FolderView> getTree() {
        List<AddressBook.FolderView> tree = book.tree(me());
        if (groupId == null && !tree.isEmpty() && !tree.get(0).groups().isEmpty()) {
            groupId = tree.get(0).groups().get(0).id();
        }
        return tree;
    }

    public Page<Contact> getContacts() {
        getTree();
        return book.contacts(me(), (text == null || text.isBlank()) ? groupId : null, text, pager.page(), pager.size());
    }

    public void openGroup(long id) {
        groupId = id;
        text = null;
        ticked = new java.util.HashMap<>();
        pager.first();
    }

    public void search() {
        pager.first();
    }

    public void createFolder() {
        run(() -> book.createFolder(me(), newName), "addressBook.saved");
    }

    public void createGroup(long folderId) {
        run(() -> groupId = book.createGroup(me(), folderId, newName).getId(), "addressBook.saved");
    }

    public void renameFolder(long folderId) {
        run(() -> book.renameFolder(me(), folderId, newName), "addressBook.saved");
    }

    public void renameGroup(long id) {
        run(() -> book.renameGroup(me(), id, newName), "addressBook.saved");
    }

    /** CB-ADR-1: the question names what goes with the folder. */
    public String deleteFolderQuestion(long folderId) {
        long[] n = book.folderContents(me(), folderId);
        return Messages.get("addressBook.deleteFolderQuestion", Messages.formats().number(n[0]),
                Messages.formats().number(n[1]));
    }

    public void deleteFolder(long folderId) {
        run(() -> {
            book.deleteFolder(me(), folderId);
            groupId = null;
        }, "addressBook.deleted");
    }

    public void deleteGroup(long id) {
        run(() -> {
            book.deleteGroup(me(), id);
            groupId = null;
        }, "addressBook.deleted");
    }

    public void moveGroup(long id) {
        if (folderTarget != null) {
            run(() -> book.moveGroup(me(), id, folderTarget), "addressBook.saved");
        }
    }

    public void newContact() {
        editingId = null;
        form = new ContactForm();
    }

    public void edit(Contact c) {
        editingId = c.getId();
        var d = c.data();
        form = new ContactForm();
        form.name = d.name();
        form.mobile = d.mobile();
        form.anniversary = d.anniversary();
        form.calendar = d.calendar() == null ? CalendarKind.SOLAR : d.calendar();
        form.leapMonth = d.leapMonth();
        form.company = d.company();
        form.department = d.department();
        form.title = d.title();
    }

    public void saveContact() {
        try {
            if (editingId == null) {
                book.addContact(me(), groupId, form.data());
            } else {
                book.editContact(me(), editingId, form.data());
            }
            Messages.info("addressBook.saved");
            org.primefaces.PrimeFaces.current().executeScript("PF('contactDialog').hide()");
        } catch (BizbillException e) {
            Messages.show(e);
        }
    }

    private List<Long> tickedIds() {
        return ticked.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue())).map(java.util.Map.Entry::getKey)
                .toList();
    }

    public void moveTicked() {
        List<Long> ids = tickedIds();
        if (moveTo != null && !ids.isEmpty()) {
            run(() -> book.moveContacts(me(), ids, moveTo), "addressBook.moved");
            ticked = new java.util.HashMap<>();
        }
    }

    public void deleteTicked() {
        List<Long> ids = tickedIds();
        if (!ids.isEmpty()) {
            run(() -> book.deleteContacts(me(), ids), "addressBook.deleted");
            ticked = new java.util.HashMap<>();
        }
    }

    @Inject
    ContactImports imports;

    @Inject
    ContactImportProgress progress;

    private String importId;

    /**
     * CB-ADR-2, issue 23 §2: contacts from xls/xlsx/CSV into the open group, added in the background while the page
     * shows how far it has got; at the end the failing rows can be downloaded.
     */
    public void upload() {
        if (file == null || file.getSize() == 0 || groupId == null) {
            Messages.error("order.upload.none");
            return;
        }
        try {
            byte[] content = uploads.read(file, Uploads.Kind.DATA_FILE, "file");
            failures = List.of();
            importId = progress.start(me());
            imports.run(importId, me(), groupId, content);
        } catch (IOException e) {
            Messages.error("order.upload.unreadable");
        } catch (BizbillException e) {
            Messages.show(e);
        } finally {
            file = null;
        }
    }

    /** The running import's progress, 0–100 (the progress bar polls it). */
    public int getImportPercent() {
        return progress.of(importId, me()).map(ContactImportProgress.State::percent).orElse(100);
    }

    /** What the progress bar says under it: "rows added of total". */
    public String getImportText() {
        return progress.of(importId, me()).map(s -> !s.read() ? Messages.get("addressBook.importReading")
                : Messages.get("addressBook.importProgress", Messages.formats().number(s.done()),
                Messages.formats().number(s.total()))).orElse("");
    }

    public boolean isImporting() {
        return progress.of(importId, me()).isPresent();
    }

    /** Each second while the import runs: at its end, its outcome, the failure file, the group's new contacts. */
    public void pollImport() {
        progress.of(importId, me()).filter(ContactImportProgress.State::finished).ifPresent(s -> {
            failures = s.failures();
            if (s.errorKey() != null) {
                Messages.error(s.errorKey());
            } else {
                Messages.info("addressBook.uploaded", s.added(), failures.size());
            }
            importId = null;
            org.primefaces.PrimeFaces.current().ajax().update("uploadForm", "contactsForm", "treeForm");
        });
    }

    public void downloadSample() throws IOException {
        FacesDownloads.send(ContactFiles.sample(english(), forms.zone()), FacesDownloads.XLSX, "contacts-sample.xlsx");
    }

    public void downloadFailures() throws IOException {
        FacesDownloads.send(ContactFiles.failures(failures, english(), f -> Messages.get(f.messageKey()), forms.zone()),
                FacesDownloads.XLSX, "contacts-failed.xlsx");
    }

    private static boolean english() {
        return "en".equals(Messages.locale().getLanguage());
    }

    private void run(Runnable action, String doneKey) {
        try {
            action.run();
            newName = null;
            Messages.info(doneKey);
        } catch (BizbillException e) {
            Messages.show(e);
        }
    }

    public void next() {
        pager.next(getContacts().total());
    }

    public void previous() {
        pager.previous();
    }

    /** Every group of the book as "folder / group", for moving contacts: {id, label}. */
    public List<Object[]> getGroupChoices() {
        List<Object[]> out = new ArrayList<>();
        for (AddressBook.FolderView f : getTree()) {
            for (AddressBook.GroupView g : f.groups()) {
                out.add(new Object[] {g.id(), f.name() + " / " + g.name()});
            }
        }
        return out;
    }

    public CalendarKind[] getCalendars() {
        return CalendarKind.values();
    }

    public Pager getPager() { return pager; }
    public Long getGroupId() { return groupId; }
    public String getText() { return text; }
    public void setText(String v) { text = v; }
    public String getNewName() { return newName; }
    public void setNewName(String v) { newName = v; }
    public java.util.Map<Long, Boolean> getTicked() { return ticked; }
    public Long getMoveTo() { return moveTo; }
    public void setMoveTo(Long v) { moveTo = v; }
    public Long getFolderTarget() { return folderTarget; }
    public void setFolderTarget(Long v) { folderTarget = v; }
    public Part getFile() { return file; }
    public void setFile(Part v) { file = v; }
    public List<ContactFiles.Failure> getFailures() { return failures; }
    public ContactForm getForm() { return form; }
    public boolean isEditing() { return editingId != null; }
}
