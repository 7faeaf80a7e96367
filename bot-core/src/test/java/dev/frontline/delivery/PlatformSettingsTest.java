package dev.frontline.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class PlatformSettingsTest {

	static final String KEY = "frontline.x.api-url (X_API_URL)";

	@Test
	void aBlankValueIsNotSet() {
		assertThat(PlatformSettings.blankToNull("  ")).isNull();
		assertThat(PlatformSettings.blankToNull(" token ")).isEqualTo("token");
	}

	@Test
	void anAddressIsThePlatformsOwnUnlessAnotherIsSet() {
		assertThat(PlatformSettings.address(KEY, " ", "https://x.example/api", "http", "https"))
			.isEqualTo("https://x.example/api");
		assertThat(PlatformSettings.address(KEY, " http://127.0.0.1:1/api ", "https://x.example/api", "http", "https"))
			.isEqualTo("http://127.0.0.1:1/api");
		assertThat(PlatformSettings.base("http://127.0.0.1:1/api")).isEqualTo("http://127.0.0.1:1/api/");
		assertThat(PlatformSettings.base("http://127.0.0.1:1/api/")).isEqualTo("http://127.0.0.1:1/api/");
	}

	@Test
	void anAddressOfAnotherSchemeIsRefusedNamingTheSetting() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PlatformSettings.address(KEY, "ftp://x/", "https://x.example/", "http", "https"))
			.withMessage(KEY + ": expected a https:// URL, not ftp://x/");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PlatformSettings.address(KEY, "http://a b", "https://x.example/", "http", "https"))
			.withMessage(KEY + ": not a URL: http://a b");
	}

}
