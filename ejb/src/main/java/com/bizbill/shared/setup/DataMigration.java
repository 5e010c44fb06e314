package com.bizbill.shared.setup;

import liquibase.change.custom.CustomSqlChange;
import liquibase.database.Database;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;

/**
 * A Liquibase custom change that moves existing rows (changelogs 024, 029): it reads them over the live connection
 * and returns plain statements, so offline it has nothing to do; it takes no parameters and no files.
 */
abstract class DataMigration implements CustomSqlChange {

    @Override
    public void setUp() {
    }

    @Override
    public void setFileOpener(ResourceAccessor resourceAccessor) {
    }

    @Override
    public ValidationErrors validate(Database database) {
        return new ValidationErrors();
    }
}
