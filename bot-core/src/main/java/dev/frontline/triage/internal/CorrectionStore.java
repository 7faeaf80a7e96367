package dev.frontline.triage.internal;

import static dev.frontline.storage.Timestamps.instant;
import static dev.frontline.storage.Timestamps.utc;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.frontline.triage.ComplaintSignals;
import dev.frontline.triage.Correction;
import dev.frontline.triage.Severity;

/** Corrections made in chat, every one kept; the latest of each case is its example. */
@Repository
class CorrectionStore {

	private final JdbcClient jdbc;

	CorrectionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Correction correction) {
		ComplaintSignals complaint = correction.complaint();
		jdbc.sql("""
				insert into triage_correction (case_number, source, text, followers, likes, shares, replies,
				customer_tier, posted_at, severity, team, why, corrected_by, corrected_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(correction.caseNumber(), complaint.source(), complaint.text(), complaint.followers(),
					complaint.likes(), complaint.shares(), complaint.replies(), complaint.customerTier(),
					utc(complaint.postedAt()), correction.severity().name(), correction.team(), correction.why(),
					correction.correctedBy(), utc(correction.correctedAt()))
			.update();
	}

	/** The latest correction of each case, in the order the cases were last corrected. */
	List<Correction> latestPerCase() {
		return jdbc.sql("""
				select * from triage_correction c
				where c.id = (select max(l.id) from triage_correction l where l.case_number = c.case_number)
				order by c.id""")
			.query((rs, i) -> new Correction(rs.getLong("case_number"),
					new ComplaintSignals(rs.getString("source"), rs.getString("text"), rs.getLong("followers"),
							rs.getLong("likes"), rs.getLong("shares"), rs.getLong("replies"),
							rs.getString("customer_tier"), instant(rs, "posted_at"), 0),
					Severity.valueOf(rs.getString("severity")), rs.getString("team"), rs.getString("why"),
					rs.getString("corrected_by"), instant(rs, "corrected_at")))
			.list();
	}

}
