package dev.frontline.triage.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import dev.frontline.triage.Assessment;
import dev.frontline.triage.ComplaintSignals;
import dev.frontline.triage.Reason;
import dev.frontline.triage.Severity;
import dev.frontline.triage.Triage;

/**
 * Triage that reads what a complaint means as well as its words: the rules still score it
 * and their numeric floors hold (going viral, high reach), and classifiers fitted on
 * labelled complaints decide the severity and the team from what the text means and the
 * rules' signals. Every verdict names the labelled complaint it reads most like, so staff
 * can see why.
 * <p>
 * Fitting takes seconds, so it runs beside the start: the application takes complaints
 * meanwhile (intake stores the rules' verdict, as it always does first) and the learned
 * verdicts wait until the fit is done.
 */
final class LearnedTriage implements Triage, AutoCloseable {

	private final PhraseTriage rules;

	private final Supplier<TextEmbeddings> openEmbeddings;

	/**
	 * Opened by the first fit: loading the model is no part of the application's start.
	 */
	private volatile TextEmbeddings embeddings;

	private final List<String> teams;

	private final LearnedModel.Tuning tuning;

	/** Where fits are kept, so a restart on the same labelled complaints need not fit. */
	private final FittedClassifierFiles fits;

	private final List<LabelledComplaint> examples = new ArrayList<>();

	private final List<ComplaintFeatures> features = new ArrayList<>();

	private volatile LearnedModel model;

	/** Completes once the classifiers are first fitted; learned verdicts wait for it. */
	private final CompletableFuture<Void> fitted = new CompletableFuture<>();

	private final AtomicBoolean fitting = new AtomicBoolean();

	/** The labelled complaints of the first fit. */
	private final List<LabelledComplaint> labelled;

	/** How many labelled complaints were remembered since start-up. */
	private long remembered;

	/**
	 * @param openEmbeddings loads the embedding model and its cache; the first fit calls
	 * it
	 * @param fits where fitted classifiers are kept and read back
	 */
	LearnedTriage(PhraseTriage rules, Supplier<TextEmbeddings> openEmbeddings, List<LabelledComplaint> labelled,
			List<String> teams, LearnedModel.Tuning tuning, FittedClassifierFiles fits) {
		this.fits = fits;
		this.rules = rules;
		this.openEmbeddings = openEmbeddings;
		this.teams = List.copyOf(teams);
		this.tuning = tuning;
		this.labelled = List.copyOf(labelled);
	}

	/**
	 * Starts the first fit, on a thread of its own, unless it has started. The
	 * application starts it once its web server listens, so the fit does not slow the
	 * start; anything that needs the classifiers before then starts it and waits.
	 */
	void startFitting() {
		if (fitting.compareAndSet(false, true)) {
			// Lowest priority, as the rating's: requests that arrive meanwhile go first.
			Thread.ofPlatform()
				.name("frontline-triage-fit")
				.daemon()
				.priority(Thread.MIN_PRIORITY)
				.start(() -> fitFirst(labelled));
		}
	}

	private void awaitFitted() {
		startFitting();
		fitted.join();
	}

	private void fitFirst(List<LabelledComplaint> labelled) {
		try {
			embeddings = openEmbeddings.get();
			List<ComplaintFeatures> read = ComplaintFeatures.ofLabelled(labelled, rules, embeddings);
			// Their features are all the fit needs: in a small heap it needs the room.
			embeddings.letGoOfRemembered();
			LearnedModel first = LearnedModel.fit(labelled, read, teams, tuning, fits);
			synchronized (this) {
				examples.addAll(labelled);
				features.addAll(read);
				model = first;
			}
			// Labelled embeddings usually come from the cache, so the model has not run
			// yet: one embedding now, so the first complaint's rating is not the one that
			// starts it.
			embeddings.embed("warming up");
			fitted.complete(null);
		}
		catch (Throwable failure) {
			fitted.completeExceptionally(failure);
		}
	}

	@Override
	public CompletableFuture<Void> ready() {
		return fitted.copy();
	}

	private LearnedModel fittedModel() {
		awaitFitted();
		return model;
	}

	private ComplaintFeatures read(LabelledComplaint example) {
		return ComplaintFeatures.ofLabelled(example, rules, embeddings::remembered);
	}

	/** How many labelled complaints it has learned from. */
	int learnedFrom() {
		awaitFitted();
		synchronized (this) {
			return examples.size();
		}
	}

	/**
	 * Keeps one more labelled complaint to compare with: a complaint told the same way is
	 * judged as corrected from now on, before the classifiers are refitted. Takes the
	 * time of one embedding.
	 */
	void remember(LabelledComplaint example) {
		// Corrections made in the first seconds after a start wait for the first fit.
		awaitFitted();
		synchronized (this) {
			rememberFitted(example);
		}
	}

	private void rememberFitted(LabelledComplaint example) {
		ComplaintFeatures read = read(example);
		// A case corrected again replaces what its earlier correction taught.
		for (int i = 0; i < examples.size(); i++) {
			if (examples.get(i).id().equals(example.id()) && examples.get(i).set().equals(example.set())) {
				examples.remove(i);
				features.remove(i);
				break;
			}
		}
		examples.add(example);
		features.add(read);
		remembered++;
		model = model.comparingWith(examples, features);
	}

	/**
	 * Refits the classifiers on every labelled complaint kept so far (seconds), without
	 * holding up what is remembered meanwhile.
	 */
	void refit() {
		awaitFitted();
		List<LabelledComplaint> fittedExamples;
		List<ComplaintFeatures> fittedFeatures;
		long fittedAt;
		synchronized (this) {
			fittedExamples = List.copyOf(examples);
			fittedFeatures = List.copyOf(features);
			fittedAt = remembered;
		}
		LearnedModel fitted = LearnedModel.fit(fittedExamples, fittedFeatures, teams, tuning, fits);
		synchronized (this) {
			model = fittedAt == remembered ? fitted : fitted.comparingWith(examples, features);
		}
	}

	@Override
	public Assessment assess(ComplaintSignals complaint, Instant now) {
		if (fitFailed()) {
			return rules.assess(complaint, now);
		}
		LearnedModel current = fittedModel();
		ComplaintFeatures read = ComplaintFeatures.of(complaint, now, rules, embeddings::embed);
		return assessment(current, complaint, read, current.judge(read));
	}

	@Override
	public List<Assessment> assessAll(List<ComplaintAt> complaints) {
		if (fitFailed()) {
			return rules.assessAll(complaints);
		}
		LearnedModel current = fittedModel();
		List<ComplaintFeatures> read = complaints.stream()
			.map(one -> ComplaintFeatures.of(one.complaint(), one.now(), rules, embeddings::embed))
			.toList();
		List<LearnedModel.Verdict> verdicts = current.judgeInTurn(read);
		List<Assessment> assessments = new ArrayList<>(complaints.size());
		for (int i = 0; i < complaints.size(); i++) {
			assessments.add(assessment(current, complaints.get(i).complaint(), read.get(i), verdicts.get(i)));
		}
		return assessments;
	}

	private static Assessment assessment(LearnedModel current, ComplaintSignals complaint, ComplaintFeatures read,
			LearnedModel.Verdict verdict) {
		Assessment byRules = read.reading().assessment();
		List<Reason> reasons = new ArrayList<>();
		reasons.add(new Reason(readsLike(verdict), 0));
		if (!verdict.asCorrected()) {
			List<String> words = current.wordsLeaningTowards(Text.asRead(complaint.text()), verdict.severity());
			if (!words.isEmpty()) {
				reasons.add(new Reason("words that lean to %s: %s".formatted(verdict.severity(),
						words.stream().map(word -> '"' + word + '"').collect(Collectors.joining(", "))), 0));
			}
		}
		if (!verdict.team().equals(byRules.team())) {
			reasons.add(new Reason("team %s: reads like its complaints (%d%%)".formatted(verdict.team(),
					Math.round(100 * verdict.teamProbability())), 0));
		}
		reasons.addAll(byRules.reasons());
		return new Assessment(byRules.score(), verdict.severity(), verdict.team(), byRules.category(), reasons);
	}

	@Override
	public Assessment assessByRules(ComplaintSignals complaint, Instant now) {
		return rules.assess(complaint, now);
	}

	@Override
	public void readAhead(String text) {
		rules.readAhead(text);
	}

	/**
	 * Until its fit fails: then the rules' verdicts stand, and nothing should wait for a
	 * learned rating that cannot come (a card held for it, a complaint queued for it).
	 */
	@Override
	public boolean readsMeaning() {
		return !fitFailed();
	}

	private boolean fitFailed() {
		return fitted.isCompletedExceptionally();
	}

	/**
	 * A rating that is not the likeliest severity says both it and the one that moved it:
	 * "reads like SEV3 (45%) but SEV1 (35%) too: rated SEV2", one level from either.
	 */
	private static String likeliestAndRated(LearnedModel.Verdict verdict) {
		LearnedModel.SeverityChances chances = verdict.chances();
		Severity likeliest = chances.likeliest();
		Severity also = verdict.alsoLikely();
		return "reads like %s (%d%%) but %s (%d%%) too: rated %s".formatted(likeliest,
				Math.round(100 * chances.of(likeliest)), also, Math.round(100 * chances.of(also)), verdict.severity());
	}

	private static String readsLike(LearnedModel.Verdict verdict) {
		String severity = verdict.severity().name();
		String label = verdict.alsoLikely() == null
				? "reads like %s (%d%%)".formatted(severity, Math.round(100 * verdict.severityProbability()))
				: likeliestAndRated(verdict);
		label += verdict.kind() == null ? "" : ", " + verdict.kind().says();
		LearnedModel.Neighbour nearest = verdict.nearest();
		if (nearest == null) {
			return label;
		}
		LabelledComplaint example = nearest.example();
		String closest = "%s: closest to labelled %s %s".formatted(label, example.severity(), example.id());
		if (example.set().equals(LabelledComplaint.CORRECTIONS)) {
			// A correction holds a real customer's words: its number is enough.
			return verdict.asCorrected() ? "reads like %s: told like %s, which staff corrected (%.2f)"
				.formatted(severity, example.id(), nearest.similarity())
					: "%s (%.2f)".formatted(closest, nearest.similarity());
		}
		// A quote in a reason never addresses anyone: no @, no angle brackets.
		String quote = TriageEvaluation.abbreviate(example.signals().text(), 40).replaceAll("[@<>]", "");
		return "%s \"%s\" (%.2f)".formatted(closest, quote, nearest.similarity());
	}

	@Override
	public Optional<Duration> acknowledgeWithin(Severity severity) {
		return rules.acknowledgeWithin(severity);
	}

	@Override
	public void close() {
		// Fitting reads embeddings: let it end first, however it ends.
		if (fitting.get()) {
			fitted.exceptionally(failure -> null).join();
		}
		TextEmbeddings opened = embeddings;
		if (opened != null) {
			opened.close();
		}
	}

}
