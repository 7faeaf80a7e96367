package dev.frontline.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.buttons.ButtonStyle;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

import dev.frontline.conversation.ButtonIds;
import dev.frontline.conversation.Outcome;
import dev.frontline.delivery.Card;
import dev.frontline.delivery.ImagePost;
import dev.frontline.delivery.ThreadNote;

class DiscordMessagesTest {

	static final Card CARD = new Card("SEV2 · Case 1042 · OPEN", Card.Tone.HIGH,
			List.of(new Card.Field("Customer", "@jo <@1>"), new Card.Field("Owner", "nobody yet")),
			"Lost my bag @everyone\nsecond line", List.of("reach 48k followers +14"),
			List.of(new Card.Action("acknowledge", "Acknowledge", "1042", true),
					new Card.Action("escalate", "Escalate", "1042", false)),
			new Card.Link("Open the post", URI.create("https://social.example/p/(1)")));

	@Test
	void aCardIsOneEmbedWithItsButtonsAndNoMentionsAllowed() {
		MessageCreateData message = DiscordMessages.card(CARD);

		MessageEmbed embed = message.getEmbeds().getFirst();
		assertThat(embed.getTitle()).isEqualTo("🟠 SEV2 · Case 1042 · OPEN");
		assertThat(embed.getColorRaw()).isEqualTo(0xF46036);
		assertThat(embed.getDescription())
			.isEqualTo("> Lost my bag @\u200Beveryone\n> second line\n\nreach 48k followers +14");
		assertThat(embed.getFields()).extracting(MessageEmbed.Field::getName, MessageEmbed.Field::getValue)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Customer", "@jo \\<@1\\>"),
					org.assertj.core.groups.Tuple.tuple("Owner", "nobody yet"),
					org.assertj.core.groups.Tuple.tuple("Link", "[Open the post](https://social.example/p/%281%29)"));
		List<Button> buttons = message.getComponents()
			.stream()
			.flatMap(row -> ((ActionRow) row).getButtons().stream())
			.toList();
		assertThat(buttons).extracting(Button::getCustomId).containsExactly("acknowledge:1042", "escalate:1042");
		assertThat(buttons).extracting(Button::getStyle).containsExactly(ButtonStyle.PRIMARY, ButtonStyle.SECONDARY);
		assertThat(message.getAllowedMentions()).isEmpty();
		assertThat(message.getMentionedUsers()).isEmpty();
		assertThat(message.getMentionedRoles()).isEmpty();
	}

	@Test
	void aCardAtEveryLimitStillFitsInOneEmbed() {
		Card huge = new Card("SEV1 · Case 1 · OPEN " + "t".repeat(300), Card.Tone.CRITICAL,
				IntStream.range(0, 25)
					.mapToObj(i -> new Card.Field("label " + i + "x".repeat(300), "v".repeat(2_000)))
					.toList(),
				"q".repeat(10_000), List.of("d".repeat(1_000), "e".repeat(1_000)), List.of(),
				new Card.Link("post", URI.create("https://social.example/" + "p".repeat(1_500))));

		MessageEmbed embed = DiscordMessages.embed(huge);

		assertThat(embed.getLength()).isLessThanOrEqualTo(MessageEmbed.EMBED_MAX_LENGTH_BOT);
		assertThat(embed.getDescription()).endsWith("…");
		assertThat(embed.getFields()).hasSize(11)
			.last()
			.extracting(MessageEmbed.Field::getValue)
			.isEqualTo("(too long to show)");
		assertThat(DiscordMessages.reply(new Outcome.Answer("Two big", List.of(huge, huge))).getEmbeds()).hasSize(1);
	}

	@Test
	void aNoteAllowsExactlyTheMentionsItNamesFromConfiguration() {
		ThreadNote note = new ThreadNote("Escalated by Sam @here", List
			.of(new ThreadNote.Mention("discord", "111", false), new ThreadNote.Mention("discord", "222", true)));

		MessageCreateData message = DiscordMessages.note(note);

		assertThat(message.getContent()).isEqualTo("<@111> <@&222> Escalated by Sam @\u200Bhere");
		assertThat(message.getAllowedMentions()).isEmpty();
		assertThat(message.getMentionedUsers()).containsExactly("111");
		assertThat(message.getMentionedRoles()).containsExactly("222");
	}

	@Test
	void aNoteTooLongForTheTextOfAMessageIsShownWholeInAnEmbed() {
		String draft = "We are sorry. ".repeat(180);
		ThreadNote note = new ThreadNote(draft, List.of(new ThreadNote.Mention("discord", "222", true)),
				List.of(new Card.Action("reply-approve", "Approve", "1042:7", true)));

		MessageCreateData message = DiscordMessages.note(note);

		assertThat(message.getContent()).isEqualTo("<@&222>");
		assertThat(message.getEmbeds().getFirst().getDescription()).isEqualTo(draft);
		assertThat(message.getMentionedRoles()).containsExactly("222");
		assertThat(message.getComponents()).hasSize(1);
	}

	@Test
	void aDirectMessageMentionsNobody() {
		MessageCreateData message = DiscordMessages.direct("Step 3 is due <@&9>",
				List.of(new Card.Action("step-done", "Done", "3", true)));

		assertThat(message.getContent()).isEqualTo("Step 3 is due \\<@&9\\>");
		assertThat(message.getMentionedUsers()).isEmpty();
		assertThat(message.getAllowedMentions()).doesNotContain(Message.MentionType.USER, Message.MentionType.ROLE,
				Message.MentionType.EVERYONE, Message.MentionType.HERE);
		assertThat(message.getComponents()).hasSize(1);
	}

	@Test
	void aCommandReplyCarriesTheButtonsOfItsOnlyCard() {
		MessageCreateData one = DiscordMessages.reply(new Outcome.Answer("Case 1042", List.of(CARD)));
		MessageCreateData two = DiscordMessages.reply(new Outcome.Answer("Two", List.of(CARD, CARD)));

		assertThat(one.getEmbeds()).hasSize(1);
		assertThat(one.getComponents()).hasSize(1);
		assertThat(two.getEmbeds()).hasSize(2);
		assertThat(two.getComponents()).isEmpty();
	}

	@Test
	void buttonsGoFiveToARowAtMostFiveRows() {
		List<Card.Action> many = IntStream.range(0, 27)
			.mapToObj(i -> new Card.Action("step-done", "Done " + i, String.valueOf(i), false))
			.toList();

		List<ActionRow> rows = DiscordMessages.rows(many);

		assertThat(rows).hasSize(5).allSatisfy(row -> assertThat(row.getButtons()).hasSize(5));
	}

	@Test
	void aCustomIdCarriesTheActionAndItsValue() {
		String id = DiscordMessages.customId("reply-approve", "1042:7");

		assertThat(ButtonIds.action(id)).isEqualTo("reply-approve");
		assertThat(ButtonIds.target(id)).isEqualTo("1042:7");
		assertThat(ButtonIds.target("story-form")).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> DiscordMessages.customId("x", "1".repeat(100)));
	}

	@Test
	void aPictureIsAnAttachmentWithItsLinesInertAndNoMentionsAllowed() {
		ImagePost image = new ImagePost("Weekly care review · Baggage · 2026-W48",
				"Weekly care review · Baggage\nTop categories: @everyone 3 (+1)", "weekly-review-baggage-2026-W48.png",
				"charts of the week", new byte[] { (byte) 0x89, 'P', 'N', 'G' });

		MessageCreateData message = DiscordMessages.image(image);

		assertThat(message.getFiles()).extracting(FileUpload::getName)
			.containsExactly("weekly-review-baggage-2026-W48.png");
		assertThat(message.getFiles().getFirst().getDescription()).isEqualTo("charts of the week");
		assertThat(message.getContent()).startsWith("Weekly care review · Baggage").doesNotContain("@everyone");
		assertThat(message.getAllowedMentions()).doesNotContain(Message.MentionType.EVERYONE);
	}

}
