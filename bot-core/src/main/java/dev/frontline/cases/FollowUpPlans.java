package dev.frontline.cases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A case's follow-up plan as cases need it: for the card, for the resolution gate and for
 * {@code /cases mine|overdue}. The follow-up capability knows the plans; cases ask
 * through this, so plans can act on cases without a cycle.
 */
public interface FollowUpPlans {

	/** The case's plan in brief, if it has one. */
	Optional<CaseView.Plan> planOf(long caseNumber);

	/** The open steps this person owns, soonest due first. */
	List<CaseView.Step> openStepsOwnedBy(String ownerId, int limit);

	/** Open steps past their due time, the longest overdue first. */
	List<CaseView.Step> overdueSteps(Instant now, int limit);

}
