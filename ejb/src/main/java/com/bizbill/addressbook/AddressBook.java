package com.bizbill.addressbook;

import com.bizbill.shared.Page;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue 23 §1, §2 (CB-ADR-1, CB-ADR-2): a member's own address book. Folders hold groups, groups hold contacts; the
 * book belongs to one member (never shared with the master or other sub-members), and another member's folder, group
 * or contact is answered as not found. A default folder and group exist from the first look; the last folder, and a
 * folder's last group, stay (deleting or moving them away is refused). Deleting a folder deletes its groups and
 * contacts (the page names how many first).
 */
@Stateless
public class AddressBook {

    public static final String DEFAULT_FOLDER = "기본 폴더";
    public static final String DEFAULT_GROUP = "기본 그룹";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** A folder with its groups and their contact counts. */
    public record FolderView(long id, String name, List<GroupView> groups) {
        public long contacts() {
            return groups.stream().mapToLong(GroupView::contacts).sum();
        }
    }

    public record GroupView(long id, String name, long contacts) {
    }

    /** The member's folders and groups, the defaults made on the first look. */
    public List<FolderView> tree(long memberId) {
        ensureDefaults(memberId);
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery("select c.groupId, count(c) from Contact c where c.memberId = :m "
                + "group by c.groupId", Object[].class).setParameter("m", memberId).getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        List<AddressGroup> groups = em.createQuery("select g from AddressGroup g where g.memberId = :m order by g.id",
                AddressGroup.class).setParameter("m", memberId).getResultList();
        List<FolderView> out = new ArrayList<>();
        for (AddressFolder f : folders(memberId)) {
            out.add(new FolderView(f.getId(), f.getName(), groups.stream().filter(g -> g.getFolderId() == f.getId())
                    .map(g -> new GroupView(g.getId(), g.getName(), counts.getOrDefault(g.getId(), 0L))).toList()));
        }
        return out;
    }

    /** CB-ADR-1: a default folder and group exist from the start. */
    public void ensureDefaults(long memberId) {
        if (folders(memberId).isEmpty()) {
            AddressFolder f = new AddressFolder(memberId, DEFAULT_FOLDER, clock.instant());
            em.persist(f);
            em.flush();
            em.persist(new AddressGroup(memberId, f.getId(), DEFAULT_GROUP, clock.instant()));
            em.flush();
        }
    }

    public AddressFolder createFolder(long memberId, String name) {
        AddressFolder f = new AddressFolder(memberId, checkedName(name, AddressFolder.NAME_MAX), clock.instant());
        em.persist(f);
        em.flush();
        em.persist(new AddressGroup(memberId, f.getId(), DEFAULT_GROUP, clock.instant())); // every folder has a group
        return f;
    }

    public void renameFolder(long memberId, long folderId, String name) {
        folder(memberId, folderId).rename(checkedName(name, AddressFolder.NAME_MAX));
    }

    /** What deleting the folder would delete: its groups and contacts (the confirmation names them). */
    public long[] folderContents(long memberId, long folderId) {
        folder(memberId, folderId);
        long groups = em.createQuery("select count(g) from AddressGroup g where g.folderId = :f", Long.class)
                .setParameter("f", folderId).getSingleResult();
        long contacts = em.createQuery("select count(c) from Contact c, AddressGroup g where c.groupId = g.id "
                + "and g.folderId = :f", Long.class).setParameter("f", folderId).getSingleResult();
        return new long[] {groups, contacts};
    }

    /** Deletes the folder with its groups and contacts; the member's last folder stays. */
    public void deleteFolder(long memberId, long folderId) {
        AddressFolder f = folder(memberId, folderId);
        if (folders(memberId).size() <= 1) {
            throw new AddressBookException(ErrorCode.ADDRESS_BOOK_LAST_ONE, "the last folder stays");
        }
        em.createQuery("delete from Contact c where c.groupId in (select g.id from AddressGroup g where g.folderId = :f)")
                .setParameter("f", folderId).executeUpdate();
        em.createQuery("delete from AddressGroup g where g.folderId = :f").setParameter("f", folderId).executeUpdate();
        em.remove(f);
    }

    public AddressGroup createGroup(long memberId, long folderId, String name) {
        folder(memberId, folderId);
        AddressGroup g = new AddressGroup(memberId, folderId, checkedName(name, AddressGroup.NAME_MAX), clock.instant());
        em.persist(g);
        return g;
    }

    public void renameGroup(long memberId, long groupId, String name) {
        group(memberId, groupId).rename(checkedName(name, AddressGroup.NAME_MAX));
    }

    /** CB-ADR-1: a group moves to another of the member's folders; the folder it leaves keeps at least one group. */
    public void moveGroup(long memberId, long groupId, long folderId) {
        AddressGroup g = group(memberId, groupId);
        folder(memberId, folderId);
        if (g.getFolderId() == folderId) {
            return;
        }
        lastGroupGuard(g);
        g.moveTo(folderId);
    }

    /** Deletes a group and its contacts; a folder's last group stays. */
    public void deleteGroup(long memberId, long groupId) {
        AddressGroup g = group(memberId, groupId);
        lastGroupGuard(g);
        em.createQuery("delete from Contact c where c.groupId = :g").setParameter("g", groupId).executeUpdate();
        em.remove(g);
    }

    private void lastGroupGuard(AddressGroup g) {
        em.lock(em.find(AddressFolder.class, g.getFolderId()), LockModeType.PESSIMISTIC_WRITE);
        long left = em.createQuery("select count(x) from AddressGroup x where x.folderId = :f", Long.class)
                .setParameter("f", g.getFolderId()).getSingleResult();
        if (left <= 1) {
            throw new AddressBookException(ErrorCode.ADDRESS_BOOK_LAST_ONE, "a folder's last group stays");
        }
    }

    /** CB-ADR-2: one contact into a group; every problem is named by its field. */
    public Contact addContact(long memberId, long groupId, AddressBookRules.ContactData data) {
        group(memberId, groupId);
        Contact c = new Contact(memberId, groupId, checked(data), clock.instant());
        em.persist(c);
        return c;
    }

    public Contact editContact(long memberId, long contactId, AddressBookRules.ContactData data) {
        Contact c = contact(memberId, contactId);
        c.edit(checked(data));
        return c;
    }

    /** CB-ADR-1: contacts move between the member's groups. */
    public int moveContacts(long memberId, List<Long> contactIds, long groupId) {
        group(memberId, groupId);
        int moved = 0;
        for (long id : contactIds) {
            contact(memberId, id).moveTo(groupId);
            moved++;
        }
        return moved;
    }

    public int deleteContacts(long memberId, List<Long> contactIds) {
        int deleted = 0;
        for (long id : contactIds) {
            em.remove(contact(memberId, id));
            deleted++;
        }
        return deleted;
    }

    /** A group's contacts (null: all the member's), by name or number (any written form), by name. */
    public Page<Contact> contacts(long memberId, Long groupId, String text, int page, int size) {
        StringBuilder where = new StringBuilder(" where c.memberId = :m");
        Map<String, Object> params = new HashMap<>(Map.of("m", memberId));
        if (groupId != null) {
            group(memberId, groupId);
            where.append(" and c.groupId = :g");
            params.put("g", groupId);
        }
        if (text != null && !text.isBlank()) {
            String t = text.strip();
            String digits = t.replaceAll("[\\s-]", "");
            where.append(" and (c.name like :name").append(digits.matches("\\d{3,11}") ? " or c.mobile like :digits" : "")
                    .append(")");
            params.put("name", "%" + t.replace("%", "").replace("_", "") + "%");
            if (digits.matches("\\d{3,11}")) {
                params.put("digits", "%" + digits + "%");
            }
        }
        var count = em.createQuery("select count(c) from Contact c" + where, Long.class);
        var items = em.createQuery("select c from Contact c" + where + " order by c.name, c.id", Contact.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            items.setParameter(k, v);
        });
        return new Page<>(items.setFirstResult(Math.multiplyExact(page, size)).setMaxResults(size).getResultList(),
                page, size, count.getSingleResult());
    }

    /** Issue 23 §3: the contacts of the given ids or group that are the member's, in order. */
    public List<Contact> byIds(long memberId, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from Contact c where c.memberId = :m and c.id in :ids order by c.name, c.id",
                Contact.class).setParameter("m", memberId).setParameter("ids", ids).getResultList();
    }

    /**
     * Issue 23 §3: contacts as recipient rows (name, number, company, title): a whole group ({@code contactIds} null)
     * or the ticked contacts, the member's own only, at most {@code max}. With {@code anniversaries} each contact's
     * anniversary, as its next day from today (a lunar date on this year's solar calendar, CB-ANV-1's rules), fills
     * that recipient's {@code #{기념일}} ("3월 5일").
     */
    public List<com.bizbill.ordering.RecipientRow> asRecipients(long memberId, Long groupId, List<Long> contactIds,
                                                                 boolean anniversaries, int max) {
        List<Contact> contacts;
        if (contactIds != null) {
            contacts = byIds(memberId, contactIds);
        } else {
            group(memberId, groupId);
            contacts = em.createQuery("select c from Contact c where c.memberId = :m and c.groupId = :g "
                            + "order by c.name, c.id", Contact.class).setParameter("m", memberId).setParameter("g", groupId)
                    .setMaxResults(Math.max(0, max)).getResultList();
        }
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        return contacts.stream().limit(Math.max(0, max)).map(c -> new com.bizbill.ordering.RecipientRow(c.getMobile(),
                c.getName(), c.getCompany(), c.getTitle(), anniversaries ? spokenNext(c, today) : null)).toList();
    }

    private static String spokenNext(Contact c, java.time.LocalDate today) {
        return c.getAnniversary() == null ? null : Anniversary.parse(c.getAnniversary(), c.getCalendar(), c.isLeapMonth())
                .flatMap(a -> com.bizbill.anniversary.AnniversaryDates.next(a, today))
                .map(com.bizbill.anniversary.AnniversaryDates::spoken).orElse(null);
    }

    /** Issue 23 §2: many contacts into a group at once (already checked), flushed in blocks. */
    public int addAll(long memberId, long groupId, List<AddressBookRules.ContactData> rows) {
        return addAll(memberId, groupId, rows, n -> { });
    }

    /** The same, telling {@code progress} how many rows are written after each block of 500 (issue 23 §2). */
    public int addAll(long memberId, long groupId, List<AddressBookRules.ContactData> rows,
                      java.util.function.IntConsumer progress) {
        group(memberId, groupId);
        int n = 0;
        for (AddressBookRules.ContactData d : rows) {
            em.persist(new Contact(memberId, groupId, d, clock.instant()));
            if (++n % 500 == 0) {
                em.flush();
                em.clear();
                progress.accept(n);
            }
        }
        return n;
    }

    private AddressBookRules.ContactData checked(AddressBookRules.ContactData data) {
        AddressBookRules.ContactData c = data.normalised();
        var problems = AddressBookRules.check(c);
        if (!problems.isEmpty()) {
            throw new AddressBookException(ErrorCode.VALIDATION_FAILED, "contact: " + problems, problems.stream()
                    .map(p -> new BizbillException.FieldError(p.field(), p.messageKey())).toList());
        }
        return c;
    }

    private static String checkedName(String name, int max) {
        try {
            return AddressBookRules.name(name, max);
        } catch (IllegalArgumentException e) {
            throw new AddressBookException(ErrorCode.VALIDATION_FAILED, e.getMessage(),
                    List.of(new BizbillException.FieldError("name", "addressBook.name.length", List.of(max))));
        }
    }

    private List<AddressFolder> folders(long memberId) {
        return em.createQuery("select f from AddressFolder f where f.memberId = :m order by f.id", AddressFolder.class)
                .setParameter("m", memberId).getResultList();
    }

    private AddressFolder folder(long memberId, long folderId) {
        AddressFolder f = em.find(AddressFolder.class, folderId);
        if (f == null || f.getMemberId() != memberId) {
            throw new AddressBookException(ErrorCode.ADDRESS_BOOK_NOT_FOUND, "no folder " + folderId);
        }
        return f;
    }

    private AddressGroup group(long memberId, long groupId) {
        AddressGroup g = em.find(AddressGroup.class, groupId);
        if (g == null || g.getMemberId() != memberId) {
            throw new AddressBookException(ErrorCode.ADDRESS_BOOK_NOT_FOUND, "no group " + groupId);
        }
        return g;
    }

    private Contact contact(long memberId, long contactId) {
        Contact c = em.find(Contact.class, contactId);
        if (c == null || c.getMemberId() != memberId) {
            throw new AddressBookException(ErrorCode.ADDRESS_BOOK_NOT_FOUND, "no contact " + contactId);
        }
        return c;
    }
}
