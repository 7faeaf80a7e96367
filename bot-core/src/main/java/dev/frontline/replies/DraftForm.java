package dev.frontline.replies;

import java.util.List;

/**
 * What the draft form opens with.
 *
 * @param caseNumber the case
 * @param prefill the category's template with the customer's name
 * @param othersDrafting the names of the others who have a draft form open on the case
 */
public record DraftForm(long caseNumber, String prefill, List<String> othersDrafting) {

	public DraftForm {
		othersDrafting = List.copyOf(othersDrafting);
	}

}
