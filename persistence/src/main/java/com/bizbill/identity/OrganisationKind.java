package com.bizbill.identity;

/** The operator itself, or one of its business customers. */
public enum OrganisationKind {
    OPERATOR,
    CUSTOMER
}
