/**
 * Schema migrations that depend on the database: Flyway finds them beside the SQL ones.
 */
@NullMarked
package db.migration;

import org.jspecify.annotations.NullMarked;
