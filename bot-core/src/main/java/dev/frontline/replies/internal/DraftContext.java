package dev.frontline.replies.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a draft reply is checked against.
 *
 * @param source where the reply will be posted, such as {@code x}
 * @param customerTexts what the customer wrote on the case
 * @param customerReference the company's reference for the customer (a booking code), or
 * null
 */
public record DraftContext(String source, List<String> customerTexts, @Nullable String customerReference) {

	public DraftContext {
		customerTexts = List.copyOf(customerTexts);
	}

}
