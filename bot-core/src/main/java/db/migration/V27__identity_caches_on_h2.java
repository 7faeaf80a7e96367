package db.migration;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On H2, lets the row ids of complaints, case history and outbound messages be handed out
 * 1,000 at a time instead of 32: each time H2 runs out of handed-out ids it writes its
 * file once more, on its own, so with 32 a busy intake wrote the file about as often for
 * ids as for its commits. H2 hands the ids out from one counter for every session, so
 * they still grow in the order rows are written; a crash skips the ones unused. On
 * PostgreSQL each connection would take its own thousand, and ids would no longer follow
 * the order rows were written, which "most recent" and "first" rely on: it is left as it
 * is. Case numbers, which people read, are left as they are everywhere.
 */
public class V27__identity_caches_on_h2 extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		if (!"H2".equals(context.getConnection().getMetaData().getDatabaseProductName())) {
			return;
		}
		try (Statement statement = context.getConnection().createStatement()) {
			for (String table : new String[] { "complaint", "case_history", "outbound_message" }) {
				statement.execute("alter table " + table + " alter column id set cache 1000");
			}
		}
	}

}
