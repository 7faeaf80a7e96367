package dev.frontline.discord;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiscordTextTest {

	@Test
	void escapesMarkdownAndMentionMarkupSoItReadsAsWritten() {
		assertThat(DiscordText.escape("**bold** _it_ `code` > quote <@123> <@&456> <#789> ||spoiler||")).isEqualTo(
				"\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\> quote \\<@123\\> \\<@&456\\> \\<\\#789\\> \\|\\|spoiler\\|\\|");
	}

	@Test
	void breaksEveryoneAndHereWithAZeroWidthSpace() {
		assertThat(DiscordText.escape("@everyone and @HERE")).isEqualTo("@\u200Beveryone and @\u200BHERE");
	}

	@Test
	void defangsLinksAndDomainsInWhatACustomerWrote() {
		assertThat(DiscordText.untrusted("see https://evil.example/x and [me](http://a.io)"))
			.isEqualTo("see https\\[\\:\\]//evil\\[.\\]example/x and \\[me\\]\\(http\\[\\:\\]//a\\[.\\]io\\)");
	}

	@Test
	void cutsToTheLimitWithoutLeavingADanglingEscape() {
		assertThat(DiscordText.fit("abcdef", 4)).isEqualTo("abc…");
		assertThat(DiscordText.fit("ab\\*cd", 4)).isEqualTo("ab…");
		assertThat(DiscordText.fit("abc", 4)).isEqualTo("abc");
	}

}
