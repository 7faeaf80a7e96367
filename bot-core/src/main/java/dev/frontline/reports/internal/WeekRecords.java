package dev.frontline.reports.internal;

import static dev.frontline.storage.Timestamps.instant;
import static dev.frontline.storage.Timestamps.nullableInstant;
import static dev.frontline.storage.Timestamps.utc;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import dev.frontline.followups.StepStatus;
import dev.frontline.reports.ReportWeek;
import dev.frontline.triage.Severity;

/**
 * Reads a team's week from the tables the other capabilities keep. A read model: it only
 * reads, selects no text a customer wrote, no handle and no name, and no story's author.
 */
@Repository
class WeekRecords {

	/** How a correction's history detail begins: {@code SEV3 → SEV1 (why)}. */
	private static final Pattern CHANGE = Pattern.compile("^(\\S+) → (\\S+)");

	/** How many weeks of stories the review looks across. */
	static final int STORY_WEEKS = 8;

	private final JdbcClient jdbc;

	WeekRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	RecordedWeek read(String team, ReportWeek week, ZoneId zone) {
		Instant from = week.start(zone);
		Instant to = week.end(zone);
		return new RecordedWeek(complaints(team, from, to), cases(team, from, to),
				lastWeekCategories(team, week.previous().start(zone), from), approvals(team, from, to),
				steps(team, from, to), incidents(team, from, to),
				storyWeeks(team, week.minusWeeks(STORY_WEEKS - 1).start(zone), to),
				themes(team, week.minusWeeks(STORY_WEEKS - 1).start(zone), to), corrections(team, from, to));
	}

	private List<RecordedWeek.Complaint> complaints(String team, Instant from, Instant to) {
		return jdbc
			.sql("select c.received_at, c.severity from complaint c join support_case s on s.number = c.case_number"
					+ " where s.team = ? and c.received_at >= ? and c.received_at < ?")
			.params(team, utc(from), utc(to))
			.query((rs, i) -> new RecordedWeek.Complaint(instant(rs, "received_at"),
					Severity.valueOf(rs.getString("severity"))))
			.list();
	}

	private List<RecordedWeek.OpenedCase> cases(String team, Instant from, Instant to) {
		return jdbc
			.sql("select opened_at, severity, category, acknowledge_by, acknowledged_at from support_case"
					+ " where team = ? and opened_at >= ? and opened_at < ?")
			.params(team, utc(from), utc(to))
			.query((rs, i) -> new RecordedWeek.OpenedCase(instant(rs, "opened_at"),
					Severity.valueOf(rs.getString("severity")), rs.getString("category"),
					nullableInstant(rs, "acknowledge_by"), nullableInstant(rs, "acknowledged_at")))
			.list();
	}

	private List<String> lastWeekCategories(String team, Instant from, Instant to) {
		return jdbc.sql("select category from support_case where team = ? and opened_at >= ? and opened_at < ?")
			.params(team, utc(from), utc(to))
			.query(String.class)
			.list();
	}

	/** Each case's first approved reply, when that approval fell in the week. */
	private List<RecordedWeek.Approval> approvals(String team, Instant from, Instant to) {
		return jdbc
			.sql("select s.opened_at, min(d.approved_at) as first_approved from reply_draft d"
					+ " join support_case s on s.number = d.case_number"
					+ " where s.team = ? and d.approved_at is not null group by s.number, s.opened_at"
					+ " having min(d.approved_at) >= ? and min(d.approved_at) < ?")
			.params(team, utc(from), utc(to))
			.query((rs, i) -> new RecordedWeek.Approval(instant(rs, "opened_at"), instant(rs, "first_approved")))
			.list();
	}

	private List<RecordedWeek.Step> steps(String team, Instant from, Instant to) {
		return jdbc
			.sql("select f.due_at, f.status, f.closed_at from followup_step f"
					+ " join support_case s on s.number = f.case_number"
					+ " where s.team = ? and f.due_at >= ? and f.due_at < ?")
			.params(team, utc(from), utc(to))
			.query((rs, i) -> new RecordedWeek.Step(instant(rs, "due_at"), StepStatus.valueOf(rs.getString("status")),
					nullableInstant(rs, "closed_at")))
			.list();
	}

	private List<RecordedWeek.Incident> incidents(String team, Instant from, Instant to) {
		return jdbc.sql("""
				select i.opened_at,
				  (select count(*) from incident_mention m where m.incident_number = i.number) as complaints,
				  (select count(distinct d.case_number) from notice_delivery d
				     where d.incident_number = i.number and d.state = 'SENT') as told,
				  (select min(d.sent_at) from notice_delivery d
				     where d.incident_number = i.number and d.state = 'SENT') as first_notice
				from incident i where i.team = ? and i.opened_at >= ? and i.opened_at < ?""")
			.params(team, utc(from), utc(to))
			.query((rs, i) -> {
				Instant firstNotice = nullableInstant(rs, "first_notice");
				return new RecordedWeek.Incident(rs.getInt("complaints"), rs.getInt("told"), firstNotice == null ? null
						: Duration.between(instant(rs, "opened_at"), firstNotice).toMinutes());
			})
			.list();
	}

	/**
	 * Participation is counted from the prompts; stories only as counts, never by author.
	 */
	private List<RecordedWeek.StoryWeekRow> storyWeeks(String team, Instant from, Instant to) {
		return jdbc.sql("""
				select w.prompt_at,
				  (select count(*) from story_prompt p where p.week_id = w.id) as asked,
				  (select count(*) from story_prompt p where p.week_id = w.id and p.answered) as answered,
				  (select count(*) from story s where s.digest_week_id = w.id) as stories,
				  (select count(*) from story s where s.digest_week_id = w.id and s.author_id is null) as anonymous
				from story_week w where w.team = ? and w.prompt_at >= ? and w.prompt_at < ?""")
			.params(team, utc(from), utc(to))
			.query((rs, i) -> new RecordedWeek.StoryWeekRow(instant(rs, "prompt_at"), rs.getInt("asked"),
					rs.getInt("answered"), rs.getInt("stories"), rs.getInt("anonymous")))
			.list();
	}

	private List<RecordedWeek.ThemeRow> themes(String team, Instant from, Instant to) {
		return jdbc.sql("""
				select t.theme, count(distinct t.story_id) as stories from story_theme t
				join story s on s.id = t.story_id join story_week w on w.id = s.digest_week_id
				where w.team = ? and w.prompt_at >= ? and w.prompt_at < ? group by t.theme""")
			.params(team, utc(from), utc(to))
			.query((rs, i) -> new RecordedWeek.ThemeRow(rs.getString("theme"), rs.getInt("stories")))
			.list();
	}

	/**
	 * Severity corrections of the team's cases and moves into or out of the team. Only
	 * the history detail's leading {@code from → to} is read, never the reason people
	 * gave.
	 */
	private List<RecordedWeek.Correction> corrections(String team, Instant from, Instant to) {
		return jdbc
			.sql("select h.action, h.detail, s.team from case_history h join support_case s on s.number = h.case_number"
					+ " where h.action in ('CORRECTED', 'MOVED') and h.at >= ? and h.at < ? order by h.id")
			.params(utc(from), utc(to))
			.query((rs, i) -> correction(team, rs.getString("action"), rs.getString("detail"), rs.getString("team")))
			.list()
			.stream()
			.filter(Objects::nonNull)
			.toList();
	}

	private static RecordedWeek.@Nullable Correction correction(String team, String action, @Nullable String detail,
			String caseTeam) {
		Matcher change = CHANGE.matcher(detail == null ? "" : detail);
		if (!change.find()) {
			return null;
		}
		RecordedWeek.Correction correction = new RecordedWeek.Correction(action, change.group(1), change.group(2));
		boolean concernsTeam = action.equals("CORRECTED") ? caseTeam.equals(team)
				: correction.from().equals(team) || correction.to().equals(team);
		boolean readable = !action.equals("CORRECTED")
				|| (correction.from().matches("SEV[1-4]") && correction.to().matches("SEV[1-4]"));
		return concernsTeam && readable ? correction : null;
	}

}
