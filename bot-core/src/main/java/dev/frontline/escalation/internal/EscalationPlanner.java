package dev.frontline.escalation.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.frontline.cases.CaseCorrected;
import dev.frontline.cases.CaseOpened;
import dev.frontline.cases.CaseRerated;
import dev.frontline.cases.CaseTaken;
import dev.frontline.escalation.EscalationSettings;
import dev.frontline.teams.Teams;

/**
 * Sets a case's clocks when its card is posted and stops them when someone takes it. It
 * listens inside the deciding transaction, on purpose: a case and its clocks are
 * committed together or not at all, so no restart can leave a case without its timers.
 */
@Component
@EnableConfigurationProperties(EscalationSettings.class)
class EscalationPlanner {

	private final EscalationSettings settings;

	private final CaseTimerStore timers;

	EscalationPlanner(EscalationSettings settings, CaseTimerStore timers, Teams teams) {
		settings.chains().keySet().forEach(team -> {
			if (!team.equals("default") && !teams.exists(team)) {
				throw new IllegalArgumentException("frontline.escalation.chains." + team + ": no team named '" + team
						+ "'; teams are " + teams.names() + " (or use 'default')");
			}
		});
		settings.onCall().keySet().forEach(team -> {
			if (!teams.exists(team)) {
				throw new IllegalArgumentException("frontline.escalation.on-call." + team + ": no team named '" + team
						+ "'; teams are " + teams.names());
			}
		});
		this.settings = settings;
		this.timers = timers;
	}

	@EventListener
	void onOpened(CaseOpened opened) {
		if (opened.acknowledgeBy() == null) {
			return;
		}
		setSlaClocks(opened.number(), opened.postedAt(), opened.acknowledgeBy());
		List<EscalationSettings.Step> chain = settings.chainOf(opened.team());
		for (int i = 0; i < chain.size(); i++) {
			Instant due = opened.postedAt().plus(chain.get(i).after());
			timers.schedule(opened.number(), CaseTimer.Kind.ESCALATION_STEP, i + 1, due);
		}
	}

	/**
	 * A case nobody took became more urgent: its clocks move to the new severity's SLA
	 * and it escalates at once, through a timer due now so the step is as durable as any
	 * other.
	 */
	@EventListener
	void onRerated(CaseRerated rerated) {
		if (rerated.acknowledgeBy() != null) {
			setSlaClocks(rerated.number(), rerated.at(), rerated.acknowledgeBy());
		}
		timers.schedule(rerated.number(), CaseTimer.Kind.RERATED, rerated.to().ordinal() + 1, rerated.at());
	}

	/**
	 * Staff corrected a case nobody took: its SLA clocks follow the new severity (and
	 * stop when it no longer has one); raised, it escalates at once as a re-rated case
	 * does; moved, the new team's chain starts over from the move, since that team sees
	 * the case only now.
	 */
	@EventListener
	void onCorrected(CaseCorrected corrected) {
		if (!corrected.untaken()) {
			return;
		}
		if (corrected.acknowledgeBy() != null) {
			setSlaClocks(corrected.number(), corrected.at(), corrected.acknowledgeBy());
		}
		else {
			timers.cancelSlaClocks(corrected.number());
		}
		if (corrected.moved()) {
			List<EscalationSettings.Step> chain = settings.chainOf(corrected.team());
			List<Instant> dues = chain.stream().map(step -> corrected.at().plus(step.after())).toList();
			timers.replaceChain(corrected.number(), dues);
		}
		if (corrected.raised()) {
			timers.schedule(corrected.number(), CaseTimer.Kind.CORRECTED, corrected.to().ordinal() + 1, corrected.at());
		}
	}

	/**
	 * Sets (or moves) the warning and breach clocks of an acknowledgement due at a time,
	 * counted from when the clock started: the warning comes {@code warn-before} the
	 * deadline, but never earlier than half-way.
	 */
	private void setSlaClocks(long caseNumber, Instant from, Instant acknowledgeBy) {
		Duration halfTheSla = Duration.between(from, acknowledgeBy).dividedBy(2);
		Duration warning = settings.warnBefore().compareTo(halfTheSla) < 0 ? settings.warnBefore() : halfTheSla;
		timers.reschedule(caseNumber, CaseTimer.Kind.SLA_WARNING, 0, acknowledgeBy.minus(warning));
		timers.reschedule(caseNumber, CaseTimer.Kind.SLA_BREACH, 0, acknowledgeBy);
	}

	@EventListener
	void onTaken(CaseTaken taken) {
		timers.cancel(taken.number());
	}

}
