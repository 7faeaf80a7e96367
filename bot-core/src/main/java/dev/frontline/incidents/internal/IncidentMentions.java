package dev.frontline.incidents.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.frontline.delivery.ThreadNote;
import dev.frontline.escalation.EscalationSettings;
import dev.frontline.people.People;
import dev.frontline.people.Role;

/** Who an incident's notes call on: the team's on-call group, and the supervisors. */
@Component
class IncidentMentions {

	private final EscalationSettings escalation;

	private final People people;

	IncidentMentions(EscalationSettings escalation, People people) {
		this.escalation = escalation;
		this.people = people;
	}

	List<ThreadNote.Mention> onCall(String team) {
		List<ThreadNote.Mention> mentions = new ArrayList<>();
		escalation.onCall()
			.getOrDefault(team, Map.of())
			.forEach((platform, group) -> mentions.add(new ThreadNote.Mention(platform, group, true)));
		return mentions;
	}

	List<ThreadNote.Mention> onCallAndSupervisors(String team) {
		List<ThreadNote.Mention> mentions = onCall(team);
		people.withRoleAtLeast(Role.SUPERVISOR)
			.forEach((platform, members) -> members
				.forEach(member -> mentions.add(new ThreadNote.Mention(platform, member.id(), member.group()))));
		return mentions;
	}

}
