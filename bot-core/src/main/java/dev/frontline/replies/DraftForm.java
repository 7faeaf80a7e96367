package dev.frontline.replies;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the draft form opens with.
 *
 * @param caseNumber the case
 * @param draftId the draft being edited, or null for a new draft
 * @param prefill a new draft's template with the customer's name, or the edited draft's
 * text
 * @param note the edited draft's note to reviewers, or null
 * @param othersDrafting the names of the others who have a draft form open on the case
 */
public record DraftForm(long caseNumber, @Nullable Long draftId, String prefill, @Nullable String note,
		List<String> othersDrafting) {

	public DraftForm {
		othersDrafting = List.copyOf(othersDrafting);
	}

}
