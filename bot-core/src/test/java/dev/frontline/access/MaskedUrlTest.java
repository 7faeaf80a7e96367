package dev.frontline.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;

/** Feed and connector URLs reach the logs with their keys left out. */
class MaskedUrlTest {

	@Test
	void onlySchemeHostAndPortAreShown() {
		assertThat(MaskedUrl.of(URI.create("https://user:s3cret@hooks.example.com:8443/in/K3Y?token=abc#x")))
			.isEqualTo("https://hooks.example.com:8443/…");
		assertThat(MaskedUrl.of(URI.create("https://reviews.example"))).isEqualTo("https://reviews.example");
		assertThat(MaskedUrl.of("not a url at all")).isEqualTo("(a URL that does not parse)");
	}

	@Test
	void aMessageQuotingTheUrlIsScrubbed() {
		URI url = URI.create("https://hooks.example.com/in?token=s3cret-key");

		String scrubbed = MaskedUrl.scrub("java.net.ConnectException: " + url + " (token=s3cret-key)", url);

		assertThat(scrubbed).doesNotContain("s3cret-key").contains("https://hooks.example.com/…");
	}

}
