package dev.frontline.cases;

import java.util.List;

/**
 * Who has a reply form open on a case, so its card can say so and nobody drafts unaware
 * of a colleague. The replies capability knows; the card asks through this.
 */
public interface ReplyDrafting {

	/** The people drafting on the case now, the earliest first. */
	List<CaseView.Drafter> draftingOn(long caseNumber);

}
