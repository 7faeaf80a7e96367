package dev.frontline.slack;

import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.ViewClosedRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.usergroups.users.UsergroupsUsersListResponse;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.User;

import dev.frontline.people.Actor;
import dev.frontline.people.People;

/**
 * Slack users as actors, their names looked up with {@code users.info} once an hour at
 * most.
 */
class SlackUsers {

	private static final Logger log = LoggerFactory.getLogger(SlackUsers.class);

	private final MethodsClient slack;

	private final Cache<String, String> names = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterWrite(Duration.ofHours(1))
		.build();

	/**
	 * Members of each user group mapped to a role; a change in Slack shows within ten
	 * minutes.
	 */
	private final Cache<String, Set<String>> groupMembers = Caffeine.newBuilder()
		.maximumSize(1_000)
		.expireAfterWrite(Duration.ofMinutes(10))
		.build();

	private final People people;

	SlackUsers(MethodsClient slack, People people) {
		this.slack = slack;
		this.people = people;
	}

	private String lookUp(String userId) {
		try {
			UsersInfoResponse info = slack.usersInfo(r -> r.user(userId));
			if (info.isOk() && info.getUser() != null) {
				User user = info.getUser();
				if (user.getProfile() != null && notBlank(user.getProfile().getDisplayName())) {
					return user.getProfile().getDisplayName();
				}
				if (notBlank(user.getRealName())) {
					return user.getRealName();
				}
				return notBlank(user.getName()) ? user.getName() : userId;
			}
			log.warn("users.info for {} failed: {}", userId, info.getError());
		}
		catch (Exception ex) {
			log.warn("users.info for {} failed: {}", userId, ex.toString());
		}
		// Without a name the id still identifies the person; it is not cached, so a later
		// look-up may succeed.
		throw new NameUnavailable();
	}

	/**
	 * The user groups mapped to roles that this user belongs to, read with
	 * {@code usergroups.users.list}.
	 */
	private Set<String> groupsOf(String userId) {
		return people.groupsMappedOn(SlackChatPlatform.NAME)
			.stream()
			.filter(group -> groupMembers.get(group, this::membersOf).contains(userId))
			.collect(Collectors.toSet());
	}

	private Set<String> membersOf(String group) {
		try {
			UsergroupsUsersListResponse members = slack.usergroupsUsersList(r -> r.usergroup(group));
			if (members.isOk() && members.getUsers() != null) {
				return Set.copyOf(members.getUsers());
			}
			log.warn("usergroups.users.list for {} failed: {}", group, members.getError());
		}
		catch (Exception ex) {
			log.warn("usergroups.users.list for {} failed: {}", group, ex.toString());
		}
		return Set.of();
	}

	private static boolean notBlank(String text) {
		return text != null && !text.isBlank();
	}

	/** Signals the cache to keep nothing for this user this time. */
	private static final class NameUnavailable extends RuntimeException {

		NameUnavailable() {
			super(null, null, false, false);
		}

	}

	/** Whoever pressed a button. */
	Actor actorOf(BlockActionRequest request) {
		return actorOrId(request.getPayload().getUser().getId());
	}

	/** Whoever submitted a form. */
	Actor actorOf(ViewSubmissionRequest request) {
		return actorOrId(request.getPayload().getUser().getId());
	}

	/** Whoever closed a form. */
	Actor actorOf(ViewClosedRequest request) {
		return actorOrId(request.getPayload().getUser().getId());
	}

	/** The actor, named by id when Slack cannot tell us the name now. */
	Actor actorOrId(String userId) {
		try {
			return new Actor(SlackChatPlatform.NAME, userId, names.get(userId, this::lookUp), groupsOf(userId));
		}
		catch (NameUnavailable ex) {
			return new Actor(SlackChatPlatform.NAME, userId, userId, groupsOf(userId));
		}
	}

}
