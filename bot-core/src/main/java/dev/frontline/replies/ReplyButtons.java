package dev.frontline.replies;

import dev.frontline.conversation.Button;

/**
 * The buttons under a draft reply in its case's thread; each acts on the draft,
 * {@code Approve} on the version shown beside it ({@link DraftRef}).
 */
public final class ReplyButtons {

	public static final Button APPROVE = new Button("reply-approve", "Approve");

	public static final Button REQUEST_CHANGES = new Button("reply-changes", "Request changes");

	public static final Button EDIT = new Button("reply-edit", "Edit");

	private ReplyButtons() {
	}

}
