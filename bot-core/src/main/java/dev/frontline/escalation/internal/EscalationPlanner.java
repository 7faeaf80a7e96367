package dev.frontline.escalation.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

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
		Duration sla = Duration.between(opened.postedAt(), opened.acknowledgeBy());
		Duration warning = settings.warnBefore().compareTo(sla.dividedBy(2)) < 0 ? settings.warnBefore()
				: sla.dividedBy(2);
		timers.schedule(opened.number(), CaseTimer.Kind.SLA_WARNING, 0, opened.acknowledgeBy().minus(warning));
		timers.schedule(opened.number(), CaseTimer.Kind.SLA_BREACH, 0, opened.acknowledgeBy());
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
			Duration sla = Duration.between(rerated.at(), rerated.acknowledgeBy());
			Duration warning = settings.warnBefore().compareTo(sla.dividedBy(2)) < 0 ? settings.warnBefore()
					: sla.dividedBy(2);
			timers.reschedule(rerated.number(), CaseTimer.Kind.SLA_WARNING, 0, rerated.acknowledgeBy().minus(warning));
			timers.reschedule(rerated.number(), CaseTimer.Kind.SLA_BREACH, 0, rerated.acknowledgeBy());
		}
		timers.schedule(rerated.number(), CaseTimer.Kind.RERATED, rerated.to().ordinal() + 1, rerated.at());
	}

	@EventListener
	void onTaken(CaseTaken taken) {
		timers.cancel(taken.number());
	}

}
