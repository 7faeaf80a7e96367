package dev.frontline.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The floor of B2: the rows intake writes for a complaint that opens a case (the case,
 * the complaint, the history line), inserted with plain JDBC into an H2 file opened with
 * Frontline's URL settings ({@code WRITE_DELAY=0}: each commit is on disk before it
 * returns), through ten pooled connections like Frontline's default Hikari pool.
 */
final class JdbcFloor implements AutoCloseable {

	private static final int POOL = 10;

	/** bot-core's first migration, copied in by the build: the tables intake writes. */
	private static final String SCHEMA = "/floor/V1__cases_complaints_delivery.sql";

	private final BlockingQueue<Connection> pool = new ArrayBlockingQueue<>(POOL);

	JdbcFloor(Path directory) throws SQLException, IOException {
		String url = "jdbc:h2:file:" + directory.toAbsolutePath().resolve("floor") + ";WRITE_DELAY=0";
		for (int i = 0; i < POOL; i++) {
			pool.add(DriverManager.getConnection(url, "sa", ""));
		}
		try (InputStream schema = JdbcFloor.class.getResourceAsStream(SCHEMA);
				Statement statement = pool.peek().createStatement()) {
			if (schema == null) {
				throw new IllegalStateException(SCHEMA + " is missing from the bench jar");
			}
			for (String ddl : new String(schema.readAllBytes(), StandardCharsets.UTF_8).split(";")) {
				if (!ddl.replaceAll("(?m)^--.*$", "").isBlank()) {
					statement.execute(ddl);
				}
			}
		}
		for (Connection connection : pool) {
			connection.setAutoCommit(false);
		}
	}

	/** Stores {@code count} complaints from {@code prefix-from} on in one transaction. */
	boolean store(String prefix, int from, int count) throws SQLException, InterruptedException {
		Connection connection = pool.take();
		try (PreparedStatement newCase = connection.prepareStatement(
				"insert into support_case (status, severity,"
						+ " score, team, category, reasons, posted, opened_at, updated_at) values (?,?,?,?,?,?,?,?,?)",
				Statement.RETURN_GENERATED_KEYS);
				PreparedStatement complaint = connection.prepareStatement("insert into complaint (case_number, source,"
						+ " external_id, text, url, posted_at, received_at, author_handle, author_name, author_followers,"
						+ " likes, shares, replies, customer_tier, language, score, severity)"
						+ " values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
				PreparedStatement history = connection.prepareStatement(
						"insert into case_history (case_number, at, actor, action, detail) values (?,?,?,?,?)")) {
			for (int i = from; i < from + count; i++) {
				String id = prefix + "-" + i;
				Timestamp now = Timestamp.from(Instant.now());
				newCase.setString(1, "OPEN");
				newCase.setString(2, "SEV4");
				newCase.setInt(3, 0);
				newCase.setString(4, "care-social");
				newCase.setString(5, "brand-and-policy");
				newCase.setString(6, "base 10; mild tone -20 (never change)");
				newCase.setBoolean(7, false);
				newCase.setTimestamp(8, now);
				newCase.setTimestamp(9, now);
				newCase.executeUpdate();
				long number;
				try (ResultSet keys = newCase.getGeneratedKeys()) {
					keys.next();
					number = keys.getLong(1);
				}
				complaint.setLong(1, number);
				complaint.setString(2, "x");
				complaint.setString(3, id);
				complaint.setString(4, Complaints.MINOR.get(i % Complaints.MINOR.size()));
				complaint.setString(5, "https://social.example/x/" + id);
				complaint.setTimestamp(6, now);
				complaint.setTimestamp(7, now);
				complaint.setString(8, "@" + id);
				complaint.setString(9, "Bench " + id);
				complaint.setLong(10, 120);
				complaint.setLong(11, 1);
				complaint.setLong(12, 0);
				complaint.setLong(13, 0);
				complaint.setString(14, "none");
				complaint.setString(15, "en");
				complaint.setInt(16, 0);
				complaint.setString(17, "SEV4");
				complaint.executeUpdate();
				history.setLong(1, number);
				history.setTimestamp(2, now);
				history.setString(3, "frontline");
				history.setString(4, "OPENED");
				history.setString(5, "SEV4 score 0, team care-social, from x " + id);
				history.executeUpdate();
			}
			connection.commit();
			return true;
		}
		catch (SQLException ex) {
			connection.rollback();
			throw ex;
		}
		finally {
			pool.add(connection);
		}
	}

	@Override
	public void close() throws SQLException {
		for (Connection connection : pool) {
			connection.close();
		}
	}

}
