package dev.frontline.discord;

import java.util.EnumSet;

import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

import dev.frontline.delivery.ImagePost;

/** A picture as a Discord message: its lines, inert, with the PNG attached. */
final class DiscordImages {

	/** Discord's limit on a message's content. */
	private static final int CONTENT_LIMIT = 2_000;

	private DiscordImages() {
	}

	static MessageCreateData message(ImagePost image) {
		return new MessageCreateBuilder()
			.setContent(DiscordText.fit(DiscordText.untrusted(image.text()), CONTENT_LIMIT))
			.setFiles(FileUpload.fromData(image.png(), image.fileName()).setDescription(image.altText()))
			.setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
			.build();
	}

}
