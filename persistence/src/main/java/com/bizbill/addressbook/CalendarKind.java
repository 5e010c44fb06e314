package com.bizbill.addressbook;

/** CB-ADR-2: an anniversary is kept on the solar or the lunar (Korean) calendar. */
public enum CalendarKind {
    SOLAR, LUNAR
}
