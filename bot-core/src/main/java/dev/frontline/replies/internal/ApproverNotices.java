package dev.frontline.replies.internal;

import java.util.Set;

import org.springframework.stereotype.Component;

import dev.frontline.cases.CaseView;
import dev.frontline.delivery.DeliveryQueue;
import dev.frontline.delivery.ThreadNote;
import dev.frontline.people.People;
import dev.frontline.people.Role;
import dev.frontline.replies.ReplyDraft;

/**
 * Tells each person who may approve a draft, privately, that it waits for them. Groups
 * mapped to the role are not messaged one by one: their members find the draft in App
 * Home and in the case's thread.
 */
@Component
public class ApproverNotices {

	private final People people;

	private final DeliveryQueue delivery;

	ApproverNotices(People people, DeliveryQueue delivery) {
		this.people = people;
		this.delivery = delivery;
	}

	/**
	 * Queues the private messages, in the caller's transaction.
	 * @param notThem who wrote or edited the draft, as {@code platform:id}: they cannot
	 * approve it
	 */
	public void waiting(ReplyDraft draft, CaseView view, Role approver, Set<String> notThem) {
		ThreadNote message = new ThreadNote("Draft reply " + draft.id() + " on case " + view.number() + " ("
				+ view.severity() + ", " + view.team() + ") by " + draft.authorName()
				+ " is waiting for your approval. It is in the case's thread, with its checks.");
		people.withRoleAtLeast(approver).forEach((platform, members) -> {
			if (!delivery.isActive(platform)) {
				return;
			}
			members.stream()
				.filter(member -> !member.group() && !notThem.contains(platform + ":" + member.id()))
				.forEach(member -> delivery.sendDirect(platform, member.id(), message));
		});
	}

}
