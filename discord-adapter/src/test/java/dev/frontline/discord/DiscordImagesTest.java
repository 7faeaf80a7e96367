package dev.frontline.discord;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

import dev.frontline.delivery.ImagePost;

class DiscordImagesTest {

	@Test
	void aPictureIsAnAttachmentWithItsLinesInertAndNoMentionsAllowed() {
		ImagePost image = new ImagePost("Weekly care review · Baggage · 2026-W48",
				"Weekly care review · Baggage\nTop categories: @everyone 3 (+1)", "weekly-review-baggage-2026-W48.png",
				"charts of the week", new byte[] { (byte) 0x89, 'P', 'N', 'G' });

		MessageCreateData message = DiscordImages.message(image);

		assertThat(message.getFiles()).extracting(FileUpload::getName)
			.containsExactly("weekly-review-baggage-2026-W48.png");
		assertThat(message.getFiles().getFirst().getDescription()).isEqualTo("charts of the week");
		assertThat(message.getContent()).startsWith("Weekly care review · Baggage").doesNotContain("@everyone");
		assertThat(message.getAllowedMentions()).doesNotContain(Message.MentionType.EVERYONE);
	}

}
