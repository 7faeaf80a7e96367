package dev.frontline.discord;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

import dev.frontline.conversation.ButtonIds;
import dev.frontline.conversation.Outcome;
import dev.frontline.delivery.Card;
import dev.frontline.delivery.ImagePost;
import dev.frontline.delivery.ThreadNote;

/**
 * Core views as Discord messages: a card is one embed with its buttons below in action
 * rows; a note is text with its buttons; a picture is an attachment. Every string of a
 * card is escaped and defanged, so nothing in it can mention, notify, link or format;
 * only the source link is built as a link, from the URL intake validated. Mentions are
 * allowed for exactly the people and roles a note names from configuration, and for
 * nobody else.
 */
final class DiscordMessages {

	private static final int CONTENT_LIMIT = 2_000;

	/** Discord shows at most five rows of five buttons under a message. */
	private static final int BUTTONS_LIMIT = 25;

	private DiscordMessages() {
	}

	static MessageCreateData card(Card card) {
		return new MessageCreateBuilder().setEmbeds(embed(card))
			.setComponents(rows(card.actions()))
			.setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
			.build();
	}

	static MessageEmbed embed(Card card) {
		EmbedBuilder embed = new EmbedBuilder()
			.setTitle(DiscordText.fit(card.tone().marker() + " " + DiscordText.untrusted(card.title()), 256))
			.setColor(card.tone().colour());
		card.fields()
			.stream()
			.limit(10)
			.forEach(field -> embed.addField(DiscordText.fit(DiscordText.untrusted(field.label()), 200),
					DiscordText.fit(DiscordText.untrusted(field.value()), 200), true));
		if (card.link() != null) {
			String link = sourceLink(card.link());
			embed.addField("Link", link.length() <= MessageEmbed.VALUE_MAX_LENGTH ? link : "(too long to show)", false);
		}
		StringBuilder description = new StringBuilder();
		if (card.quote() != null) {
			for (String line : DiscordText.fit(DiscordText.untrusted(card.quote()), 3_000).split("\n", -1)) {
				// The quote marker is ours; the line itself is escaped, so it can add
				// none.
				description.append("> ").append(line).append('\n');
			}
		}
		for (String detail : card.details()) {
			description.append('\n').append(DiscordText.fit(DiscordText.untrusted(detail), 300));
		}
		// Discord refuses an embed of more than 6,000 characters in all: the description
		// gets what the title and fields leave.
		// Ten fields of at most 400 characters, a title and a link leave at least 700.
		int room = Math.min(MessageEmbed.DESCRIPTION_MAX_LENGTH, MessageEmbed.EMBED_MAX_LENGTH_BOT - embed.length());
		embed.setDescription(DiscordText.fit(description.toString().strip(), room));
		return embed.build();
	}

	/**
	 * The source as a masked link: the label escaped, the URL (only http or https, as
	 * {@link Card.Link} guarantees) with the characters that would end the link encoded.
	 */
	static String sourceLink(Card.Link link) {
		String url = link.url().toString().replace("(", "%28").replace(")", "%29").replace(" ", "%20");
		return "[" + DiscordText.fit(DiscordText.escape(link.label()), 200) + "](" + url + ")";
	}

	/**
	 * A note for a card's thread: the mentions (from configuration) as the only markup,
	 * the note as inert text, then its buttons. A note too long for a message's text (a
	 * draft reply with its checks) goes in an embed, which holds twice as much, so
	 * reviewers read all of what they approve.
	 */
	static MessageCreateData note(ThreadNote note) {
		Map<Boolean, List<String>> ids = note.mentions()
			.stream()
			.collect(Collectors.partitioningBy(ThreadNote.Mention::group,
					Collectors.mapping(ThreadNote.Mention::id, Collectors.toList())));
		StringBuilder mentions = new StringBuilder();
		note.mentions()
			.forEach(mention -> mentions.append(mention.group() ? "<@&" : "<@").append(mention.id()).append("> "));
		MessageCreateBuilder message = new MessageCreateBuilder().setComponents(rows(note.actions()))
			.setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
			.mentionUsers(ids.get(false))
			.mentionRoles(ids.get(true));
		String text = DiscordText.untrusted(note.text());
		if (mentions.length() + text.length() <= CONTENT_LIMIT) {
			return message.setContent(mentions + text).build();
		}
		return message.setContent(mentions.toString().strip())
			.setEmbeds(new EmbedBuilder().setDescription(DiscordText.fit(text, MessageEmbed.DESCRIPTION_MAX_LENGTH))
				.build())
			.build();
	}

	/**
	 * Text, inert, with buttons and no mentions: a message to one person, or a form's one
	 * choice offered as buttons.
	 */
	static MessageCreateData direct(String text, List<Card.Action> actions) {
		return saying(text).setComponents(rows(actions)).build();
	}

	/**
	 * A command's reply: its text, inert, then its cards as embeds; the buttons of a
	 * single card come along, as they would under the card in the channel.
	 */
	static MessageCreateData reply(Outcome.Answer reply) {
		List<MessageEmbed> embeds = new ArrayList<>();
		int length = 0;
		for (Card card : reply.cards().subList(0, Math.min(10, reply.cards().size()))) {
			MessageEmbed embed = embed(card);
			// All of a message's embeds together hold at most 6,000 characters.
			if (length + embed.getLength() > MessageEmbed.EMBED_MAX_LENGTH_BOT) {
				break;
			}
			embeds.add(embed);
			length += embed.getLength();
		}
		MessageCreateBuilder message = saying(reply.text()).setEmbeds(embeds);
		if (reply.cards().size() == 1) {
			message.setComponents(rows(reply.cards().getFirst().actions()));
		}
		return message.build();
	}

	/** Text only, inert: a refusal or an outcome told to one person. */
	static MessageCreateData text(String text) {
		return saying(text).build();
	}

	/** A picture: its lines, inert, with the PNG attached. */
	static MessageCreateData image(ImagePost image) {
		return saying(image.text())
			.setFiles(FileUpload.fromData(image.png(), image.fileName()).setDescription(image.altText()))
			.build();
	}

	/** A message whose text is inert and that mentions nobody. */
	private static MessageCreateBuilder saying(String text) {
		return new MessageCreateBuilder().setContent(DiscordText.fit(DiscordText.untrusted(text), CONTENT_LIMIT))
			.setAllowedMentions(EnumSet.noneOf(Message.MentionType.class));
	}

	static List<ActionRow> rows(List<Card.Action> actions) {
		if (actions.isEmpty()) {
			return List.of();
		}
		return ActionRow.partitionOf(actions.stream().limit(BUTTONS_LIMIT).map(DiscordMessages::button).toList());
	}

	private static Button button(Card.Action action) {
		String id = customId(action.id(), action.value());
		String label = DiscordText.plain(action.label(), Button.LABEL_MAX_LENGTH);
		return action.primary() ? Button.primary(id, label) : Button.secondary(id, label);
	}

	/**
	 * The custom id a press carries back: the action, then the value it acts on, written
	 * by the core's one codec.
	 */
	static String customId(String action, String value) {
		String id = ButtonIds.of(action, value);
		if (id.length() > Button.ID_MAX_LENGTH) {
			throw new IllegalArgumentException("a button id longer than Discord allows: " + id);
		}
		return id;
	}

}
