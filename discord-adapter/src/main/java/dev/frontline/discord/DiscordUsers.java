package dev.frontline.discord;

import java.time.Duration;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.interactions.Interaction;

import dev.frontline.people.Actor;
import dev.frontline.people.People;

/**
 * Discord users as actors: their roles in the server, among those mapped to Frontline
 * roles ({@code frontline.people.groups.discord.<role id>}). A press in a server carries
 * the member's roles; a press in a direct message does not, so the member is looked up in
 * the configured servers, at most every ten minutes per person.
 */
class DiscordUsers {

	private static final Logger log = LoggerFactory.getLogger(DiscordUsers.class);

	private final People people;

	private final Collection<String> guilds;

	private final Cache<String, Optional<Member>> members = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterWrite(Duration.ofMinutes(10))
		.build();

	DiscordUsers(People people, Collection<String> guilds) {
		this.people = people;
		this.guilds = guilds;
	}

	/** Whoever pressed, submitted or called a command. */
	Actor actorOf(Interaction interaction) {
		Member member = interaction.getMember();
		if (member != null) {
			return actor(member);
		}
		return actorOrId(interaction.getJDA(), interaction.getUser().getId(), interaction.getUser().getEffectiveName());
	}

	/** Someone named by id (a new step owner), with their roles looked up. */
	Actor actorOrId(JDA jda, String userId, @Nullable String name) {
		Optional<Member> member = members.get(userId, id -> lookUp(jda, id));
		if (member != null && member.isPresent()) {
			return actor(member.get());
		}
		return new Actor(DiscordChatPlatform.NAME, userId, name == null ? userId : name, Set.of());
	}

	private Actor actor(Member member) {
		Set<String> roles = member.getUnsortedRoles().stream().map(Role::getId).collect(Collectors.toSet());
		return people.actor(DiscordChatPlatform.NAME, member.getId(), member.getEffectiveName(), roles::contains);
	}

	private Optional<Member> lookUp(JDA jda, String userId) {
		for (String guildId : guilds) {
			Guild guild = jda.getGuildById(guildId);
			if (guild == null) {
				continue;
			}
			try {
				return Optional.of(guild.retrieveMemberById(userId).complete());
			}
			catch (RuntimeException ex) {
				log.debug("{} is not a member of guild {}: {}", userId, guildId, ex.toString());
			}
		}
		return Optional.empty();
	}

}
