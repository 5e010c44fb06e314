package com.bizbill.addressbook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** CB-ADR-1: a folder of a member's own address book (private to the member); it holds groups. */
@Entity
@Table(name = "ADDRESS_FOLDER")
public class AddressFolder {

    public static final int NAME_MAX = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "MEMBER_ID", nullable = false, updatable = false)
    private long memberId;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected AddressFolder() {
    }

    public AddressFolder(long memberId, String name, Instant at) {
        this.memberId = memberId;
        this.name = AddressBookRules.name(name, NAME_MAX);
        this.createdAt = at;
    }

    public void rename(String newName) {
        this.name = AddressBookRules.name(newName, NAME_MAX);
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
