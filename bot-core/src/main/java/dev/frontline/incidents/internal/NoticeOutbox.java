package dev.frontline.incidents.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import dev.frontline.cases.IncidentGrouping.KeyedComplaint;
import dev.frontline.delivery.ThreadNote;
import dev.frontline.incidents.AffectedCustomers;
import dev.frontline.incidents.IncidentSettings;
import dev.frontline.incidents.IncidentView;
import dev.frontline.incidents.NoticeChannel;
import dev.frontline.incidents.NoticeDraft;
import dev.frontline.incidents.NoticePurpose;
import dev.frontline.incidents.NoticeStatus;
import dev.frontline.incidents.Signal;

/**
 * Queues approved notices, one durable copy per customer, in the transaction that
 * approved them: the first notice to everyone affected, updates and the closing notice to
 * everyone already told, and the first notice to those who complain later.
 */
@Component
public class NoticeOutbox {

	/** Who approves the update an operations signal sends by itself. */
	static final String OPERATIONS = "operations";

	private final NoticeStore notices;

	private final IncidentStore incidents;

	private final IncidentViews views;

	private final IncidentBoard board;

	private final IncidentSettings settings;

	private final NoticeChannel channel;

	private final Clock clock;

	NoticeOutbox(NoticeStore notices, IncidentStore incidents, IncidentViews views, IncidentBoard board,
			IncidentSettings settings, NoticeChannel channel, Clock clock) {
		this.notices = notices;
		this.incidents = incidents;
		this.views = views;
		this.board = board;
		this.settings = settings;
		this.channel = channel;
		this.clock = clock;
	}

	/**
	 * A template with the incident's own words in; {@code {name}} stays for each
	 * customer's own.
	 */
	public String fill(String template, String label, IncidentView.@Nullable Operations operations) {
		return views.fill(template, label, operations);
	}

	/**
	 * The policy's findings for the notice on every source its customers are on, each
	 * once; the name filled with the longest of theirs, so a length limit is not missed.
	 */
	public List<NoticeChannel.Finding> check(String text, AffectedCustomers affected) {
		String filled = text.replace("{name}", longestNameOf(affected));
		Set<String> sources = sourcesOf(affected);
		Map<String, NoticeChannel.Finding> found = new LinkedHashMap<>();
		for (String source : sources.isEmpty() ? Set.of("default") : sources) {
			channel.check(filled, source).forEach(finding -> found.putIfAbsent(finding.message(), finding));
		}
		return List.copyOf(found.values());
	}

	/** The findings as the notice keeps them: one a line, blocking ones marked. */
	public static String describe(List<NoticeChannel.Finding> findings) {
		return findings.stream()
			.map(finding -> (finding.blocks() ? "Blocks approval: " : "Warning: ") + finding.message())
			.collect(Collectors.joining("\n"));
	}

	/**
	 * Queues the approved first notice for everyone the incident affected.
	 * @return how many customers it was queued for
	 */
	public int toAffected(NoticeDraft notice) {
		return queueFor(notice, views.affected(notice.incident()).customers());
	}

	/**
	 * Queues an approved update or closing notice for everyone already told.
	 * @return how many customers it was queued for
	 */
	public int toNotified(NoticeDraft notice) {
		Set<String> told = notices.notifiedCustomers(notice.incident())
			.stream()
			.map(recipient -> recipient.source() + "\n" + recipient.recipient())
			.collect(Collectors.toSet());
		return queueFor(notice,
				views.affected(notice.incident())
					.customers()
					.stream()
					.filter(customer -> told.contains(customer.source() + "\n" + recipientOf(customer)))
					.toList());
	}

	/** How many customers have been queued a notice of the incident. */
	public int notifiedCount(long incident) {
		return notices.notifiedCustomers(incident).size();
	}

	/**
	 * A complaint that joined an open incident whose approved notice goes to later
	 * complainants: its customer gets it too, unless they already have it. Called by
	 * grouping, holding its lock, so an approval and a complaint never miss each other.
	 */
	void laterComplainant(long incident, KeyedComplaint complaint) {
		notices.forLaterComplainants(incident).ifPresent(notice -> {
			if (queue(notice, complaint.caseNumber(), complaint.source(), complaint.authorHandle(),
					complaint.authorName())) {
				incidents.appendHistory(incident, clock.instant(), KeyedIncidentGrouping.SYSTEM, "NOTICE_QUEUED",
						"notice " + notice.version() + " for the later complainant of case " + complaint.caseNumber());
			}
		});
	}

	/**
	 * A new signal about an incident whose customers were told: everyone told gets an
	 * update in operations' words. One that a check blocks waits for a supervisor.
	 */
	Optional<NoticeDraft> afterSignal(long incident, String team, Signal signal) {
		if (notices.notifiedCustomers(incident).isEmpty()) {
			return Optional.empty();
		}
		IncidentRow row = incidents.find(incident).orElseThrow();
		IncidentView.Operations operations = new IncidentView.Operations(signal.kind().value(), signal.summary(),
				signal.solution(), signal.at(), 0);
		String text = fill(settings.notices().update(), row.label(), operations);
		AffectedCustomers affected = views.affected(incident);
		List<NoticeChannel.Finding> findings = check(text, affected);
		boolean blocked = findings.stream().anyMatch(NoticeChannel.Finding::blocks);
		int version = notices.nextVersion(incident);
		Instant now = clock.instant();
		notices.insertNotice(incident, version, NoticePurpose.UPDATE, text, false,
				blocked ? NoticeStatus.PENDING : NoticeStatus.APPROVED, describe(findings), OPERATIONS, OPERATIONS,
				now);
		NoticeDraft notice = notices.find(incident, version).orElseThrow();
		if (blocked) {
			incidents.appendHistory(incident, now, OPERATIONS, "NOTICE_DRAFTED",
					"update " + version + " from a signal, held: " + describe(findings));
			board.note(incident, team, new ThreadNote("Operations' update was not sent to the customers: "
					+ describe(findings) + "\nPost update to tell them yourself."));
			return Optional.of(notice);
		}
		int queued = toNotified(notice);
		incidents.appendHistory(incident, now, OPERATIONS, "NOTICE_APPROVED",
				"update " + version + " from a signal, for " + queued + " customers told before");
		board.note(incident, team, new ThreadNote("Operations' update goes to the " + queued
				+ " customers told before (notice " + version + "):\n" + text));
		return Optional.of(notice);
	}

	private static Set<String> sourcesOf(AffectedCustomers affected) {
		return affected.customers()
			.stream()
			.map(AffectedCustomers.Customer::source)
			.collect(Collectors.toCollection(java.util.TreeSet::new));
	}

	private static String longestNameOf(AffectedCustomers affected) {
		return affected.customers()
			.stream()
			.map(customer -> nameOf(customer.name(), customer.handle()))
			.reduce("there", (a, b) -> b.length() > a.length() ? b : a);
	}

	private int queueFor(NoticeDraft notice, List<AffectedCustomers.Customer> customers) {
		int queued = 0;
		for (AffectedCustomers.Customer customer : customers) {
			queued += queue(notice, customer.caseNumber(), customer.source(), customer.handle(), customer.name()) ? 1
					: 0;
		}
		incidents.markStale(notice.incident());
		return queued;
	}

	private boolean queue(NoticeDraft notice, long caseNumber, String source, @Nullable String handle,
			@Nullable String name) {
		String text = notice.text().replace("{name}", nameOf(name, handle));
		boolean queued = notices.enqueue(notice.incident(), notice.version(), caseNumber, source,
				recipientOf(handle, caseNumber), text,
				channel.connected() ? NoticeStore.DeliveryState.PENDING : NoticeStore.DeliveryState.BY_HAND,
				clock.instant());
		if (queued) {
			incidents.markStale(notice.incident());
		}
		return queued;
	}

	private static String recipientOf(AffectedCustomers.Customer customer) {
		return recipientOf(customer.handle(), customer.caseNumber());
	}

	/** A customer as the outbox names them: their handle, else their case. */
	static String recipientOf(@Nullable String handle, long caseNumber) {
		return handle == null ? "case " + caseNumber : handle;
	}

	/** The customer's name, else their handle. */
	static String nameOf(@Nullable String name, @Nullable String handle) {
		if (name != null && !name.isBlank()) {
			return name.strip();
		}
		return handle == null ? "there" : handle;
	}

}
