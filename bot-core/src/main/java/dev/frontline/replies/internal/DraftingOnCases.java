package dev.frontline.replies.internal;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;

import dev.frontline.cases.CaseView;
import dev.frontline.cases.ReplyDrafting;

/** Tells the case card who has a reply form open, from the forms opened recently. */
@Component
class DraftingOnCases implements ReplyDrafting {

	private final DraftStore store;

	private final Clock clock;

	DraftingOnCases(DraftStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	@Override
	public List<CaseView.Drafter> draftingOn(long caseNumber) {
		return store.drafting(caseNumber, clock.instant().minus(DraftStore.DRAFTING_FOR));
	}

}
