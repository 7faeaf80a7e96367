package dev.frontline.followups.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.frontline.cases.CaseView;
import dev.frontline.cases.FollowUpPlans;
import dev.frontline.followups.FollowUpStep;

/** Tells cases about their plans: for the card, the resolution gate and the lists. */
@Component
class FollowUpPlansView implements FollowUpPlans {

	private final StepStore store;

	FollowUpPlansView(StepStore store) {
		this.store = store;
	}

	@Override
	public Optional<CaseView.Plan> planOf(long caseNumber) {
		if (!store.hasPlan(caseNumber)) {
			return Optional.empty();
		}
		List<FollowUpStep> steps = store.ofCase(caseNumber);
		int done = (int) steps.stream().filter(step -> !step.isOpen()).count();
		CaseView.Step next = steps.stream()
			.filter(FollowUpStep::isOpen)
			.findFirst()
			.map(FollowUpPlansView::brief)
			.orElse(null);
		return Optional.of(new CaseView.Plan(done, steps.size(), next));
	}

	@Override
	public List<CaseView.Step> openStepsOwnedBy(String ownerId, int limit) {
		return store.openOwnedBy(ownerId, limit).stream().map(FollowUpPlansView::brief).toList();
	}

	@Override
	public List<CaseView.Step> overdueSteps(Instant now, int limit) {
		return store.overdue(now, limit).stream().map(FollowUpPlansView::brief).toList();
	}

	static CaseView.Step brief(FollowUpStep step) {
		return new CaseView.Step(step.id(), step.caseNumber(), step.position(), step.title(), step.ownerName(),
				step.dueAt());
	}

}
