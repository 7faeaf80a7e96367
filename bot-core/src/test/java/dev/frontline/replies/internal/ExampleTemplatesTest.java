package dev.frontline.replies.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import dev.frontline.replies.ReplySettings;

/**
 * The example airline's reply templates, as it ships them, pass its own reply policy on
 * every source: a draft starts from something a supervisor could approve.
 */
@SpringBootTest
class ExampleTemplatesTest {

	@Autowired
	ReplySettings settings;

	@Autowired
	ReplyPolicy policy;

	@Test
	void everyTemplatePassesThePolicyItShipsWith() {
		assertThat(settings.templates()).hasSizeGreaterThan(1);
		settings.templates().forEach((category, template) -> {
			String draft = template.replace("{name}", "Mara");
			for (String source : List.of("x", "instagram", "facebook", "reviews")) {
				assertThat(
						policy.check(draft, new DraftContext(source, List.of("my bag is lost, ref QX7P2L"), "QX7P2L")))
					.as("%s on %s", category, source)
					.isEmpty();
			}
		});
	}

}
