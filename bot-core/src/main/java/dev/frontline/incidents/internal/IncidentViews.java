package dev.frontline.incidents.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import dev.frontline.cases.CaseView;
import dev.frontline.incidents.AffectedCustomers;
import dev.frontline.incidents.IncidentSettings;
import dev.frontline.incidents.IncidentView;
import dev.frontline.incidents.NoticeDraft;
import dev.frontline.incidents.SignalKind;
import dev.frontline.incidents.UnknownIncidentException;

/** Assembles an incident's view, and its affected customers, from the database. */
@Component
public class IncidentViews {

	/** How many customers still to notify by hand the card names. */
	public static final int BY_HAND_LISTED = 15;

	/** How many of an incident's most urgent complaints its card quotes. */
	private static final int TOP = 3;

	private final IncidentStore store;

	private final IncidentSettings settings;

	private final NoticeStore notices;

	IncidentViews(IncidentStore store, IncidentSettings settings, NoticeStore notices) {
		this.notices = notices;
		this.store = store;
		this.settings = settings;
	}

	public Optional<IncidentView> find(long number) {
		return store.find(number).map(this::assemble);
	}

	/**
	 * The incident as this transaction sees it.
	 * @throws UnknownIncidentException when there is none
	 */
	public IncidentView assemble(long number) {
		return assemble(store.find(number).orElseThrow(() -> new UnknownIncidentException(number)));
	}

	private IncidentView assemble(IncidentRow row) {
		CaseView.Owner owner = row.ownerId() == null ? null
				: new CaseView.Owner(row.ownerId(), row.ownerName() == null ? row.ownerId() : row.ownerName());
		return new IncidentView(row.number(), row.label(), row.team(), row.status(), row.severity(), owner,
				row.openedAt(), row.lastComplaintAt(), row.resolvedAt(), row.acknowledgeBy(),
				store.counts(row.number()), store.topComplaints(row.number(), TOP), store.history(row.number()),
				store.latestSignal(row.number()).orElse(null), notices(row.number()));
	}

	private IncidentView.@Nullable Notices notices(long number) {
		List<NoticeDraft> all = notices.ofIncident(number);
		if (all.isEmpty()) {
			return null;
		}
		NoticeStore.Progress progress = notices.progress(number);
		List<String> byHand = notices.byHand(number, BY_HAND_LISTED)
			.stream()
			.map(delivery -> delivery.recipient() + " (" + delivery.source() + ", case " + delivery.caseNumber() + ")")
			.toList();
		boolean signalled = store.latestSignal(number).isPresent();
		Instant from = notices.measuredFrom(number).orElse(null);
		return new IncidentView.Notices(all.getLast(), progress.sent(), progress.queued(), progress.byHand(), byHand,
				signalled ? "the signal" : "the first complaint", between(from, progress.firstSent()),
				between(from, progress.lastSent()), progress.beforeComplaining(), progress.afterComplaining(),
				progress.wroteAgain());
	}

	private static @Nullable Duration between(@Nullable Instant from, @Nullable Instant to) {
		return from == null || to == null ? null : Duration.between(from, to);
	}

	/** Everyone the incident affected, each with the notice drafted for them. */
	public AffectedCustomers affected(long number) {
		IncidentRow row = store.find(number).orElseThrow(() -> new UnknownIncidentException(number));
		IncidentView.Operations operations = store.latestSignal(number).orElse(null);
		String draft = fill(
				settings.noticeFor(operations == null ? null : SignalKind.of(operations.kind()).orElse(null)),
				row.label(), operations);
		return new AffectedCustomers(number, row.label(), draft,
				store.affected(number, (name, handle) -> draft.replace("{name}", nameOf(name, handle))));
	}

	/**
	 * A notice template with the incident's own words in: {@code {incident}},
	 * {@code {solution}} (or the words for none yet) and {@code {summary}};
	 * {@code {name}} stays for each customer's own.
	 */
	public String fill(String template, String label, IncidentView.@Nullable Operations operations) {
		String solution = operations == null || operations.solution() == null ? settings.notices().noSolution()
				: operations.solution();
		String summary = operations == null ? label : operations.summary();
		return template.replace("{incident}", label)
			.replace("{solution}", sentence(withoutFinalStop(solution)))
			.replace("{summary}", withoutFinalStop(summary));
	}

	/** Operations write {@code rebooked on LK907}; a notice reads it as a sentence. */
	private static String sentence(String text) {
		return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + text.substring(1);
	}

	private static String withoutFinalStop(String text) {
		String stripped = text.strip();
		return stripped.endsWith(".") ? stripped.substring(0, stripped.length() - 1) : stripped;
	}

	private static String nameOf(@Nullable String name, @Nullable String handle) {
		return NoticeOutbox.nameOf(name, handle);
	}

}
