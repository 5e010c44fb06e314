package com.bizbill.addressbook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** CB-ADR-1: a group of contacts inside one of the member's folders; it can move to another folder. */
@Entity
@Table(name = "ADDRESS_GROUP")
public class AddressGroup {

    public static final int NAME_MAX = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "MEMBER_ID", nullable = false, updatable = false)
    private long memberId;

    @Column(name = "FOLDER_ID", nullable = false)
    private long folderId;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected AddressGroup() {
    }

    public AddressGroup(long memberId, long folderId, String name, Instant at) {
        this.memberId = memberId;
        this.folderId = folderId;
        this.name = AddressBookRules.name(name, NAME_MAX);
        this.createdAt = at;
    }

    public void rename(String newName) {
        this.name = AddressBookRules.name(newName, NAME_MAX);
    }

    /** CB-ADR-1: the group moves to another of the member's folders (its contacts with it). */
    public void moveTo(long otherFolderId) {
        this.folderId = otherFolderId;
    }

    public long getFolderId() {
        return folderId;
    }

    public Long getId() {
        return id;
    }

    public long getMemberId() {
        return memberId;
    }

    public String getName() {
        return name;
    }
}
