package dev.frontline.slack;

import java.time.Duration;
import java.util.Set;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.StringUtils;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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

	/**
	 * The actor, named by id when Slack cannot tell us the name now. Bolt gives every
	 * request's user as {@code context.getRequestUserId()}.
	 */
	Actor actorOrId(String userId) {
		String name = names.get(userId, this::lookUp);
		return people.actor(SlackChatPlatform.NAME, userId, name == null ? userId : name,
				group -> groupMembers.get(group, this::membersOf).contains(userId));
	}

	/**
	 * The person's name as Slack shows it, or null when Slack cannot tell now: without a
	 * name the id still identifies the person, and as the cache keeps no null a later
	 * look-up may succeed.
	 */
	private @Nullable String lookUp(String userId) {
		try {
			UsersInfoResponse info = slack.usersInfo(r -> r.user(userId));
			if (info.isOk() && info.getUser() != null) {
				// The name Slack's own clients show: display name, then real name, then
				// handle.
				User user = info.getUser();
				String displayName = user.getProfile() == null ? null : user.getProfile().getDisplayName();
				return Stream.of(displayName, user.getRealName(), user.getName())
					.filter(StringUtils::hasText)
					.findFirst()
					.orElse(userId);
			}
			log.warn("users.info for {} failed: {}", userId, info.getError());
		}
		catch (Exception ex) {
			log.warn("users.info for {} failed: {}", userId, ex.toString());
		}
		return null;
	}

	/**
	 * The members of a user group mapped to a role, read with
	 * {@code usergroups.users.list}.
	 */
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

}
