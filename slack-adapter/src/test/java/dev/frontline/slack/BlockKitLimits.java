package dev.frontline.slack;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Block Kit's documented limits, as Slack enforces them: what a message or view breaks,
 * so the fake can refuse it with {@code invalid_blocks} as Slack does.
 */
final class BlockKitLimits {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private BlockKitLimits() {
	}

	/** What the call breaks, or nothing. */
	static List<String> broken(String method, Map<String, String> params) {
		List<String> broken = new ArrayList<>();
		switch (method) {
			case "chat.postMessage", "chat.update", "chat.postEphemeral" -> {
				String blocks = params.get("blocks");
				if (blocks != null && !blocks.isBlank()) {
					blocks(JSON.readTree(blocks), 50, broken);
				}
			}
			case "views.open", "views.update", "views.push", "views.publish" ->
				view(JSON.readTree(params.get("view")), broken);
			default -> {
			}
		}
		return broken;
	}

	private static void view(JsonNode view, List<String> broken) {
		for (String part : List.of("title", "submit", "close")) {
			atMost(view.path(part).path("text"), 24, "the view's " + part, broken);
		}
		atMost(view.path("private_metadata"), 3_000, "private_metadata", broken);
		atMost(view.path("callback_id"), 255, "callback_id", broken);
		blocks(view.path("blocks"), 100, broken);
	}

	private static void blocks(JsonNode blocks, int most, List<String> broken) {
		if (blocks.size() > most) {
			broken.add("more than " + most + " blocks: " + blocks.size());
		}
		Set<String> blockIds = new HashSet<>();
		for (JsonNode block : blocks) {
			String blockId = text(block.path("block_id"));
			if (blockId != null && !blockIds.add(blockId)) {
				broken.add("block_id " + blockId + " twice");
			}
			switch (String.valueOf(text(block.path("type")))) {
				case "section" -> {
					atMost(block.path("text").path("text"), 3_000, "section text", broken);
					block.path("fields").forEach(field -> atMost(field.path("text"), 2_000, "a field", broken));
					elements(List.of(block.path("accessory")), broken);
				}
				case "header" -> atMost(block.path("text").path("text"), 150, "header text", broken);
				case "input" -> {
					atMost(block.path("label").path("text"), 2_000, "an input's label", broken);
					atMost(block.path("hint").path("text"), 2_000, "an input's hint", broken);
					JsonNode maxLength = block.path("element").path("max_length");
					if (maxLength.isNumber() && maxLength.asInt() > 3_000) {
						broken.add("a text input longer than 3000");
					}
				}
				case "actions" -> {
					List<JsonNode> elements = new ArrayList<>();
					block.path("elements").forEach(elements::add);
					if (elements.size() > 25) {
						broken.add("more than 25 elements in an actions block");
					}
					elements(elements, broken);
				}
				default -> {
				}
			}
		}
	}

	private static void elements(List<JsonNode> elements, List<String> broken) {
		Set<String> actionIds = new HashSet<>();
		for (JsonNode element : elements) {
			String actionId = text(element.path("action_id"));
			if (actionId != null && !actionIds.add(actionId)) {
				broken.add("action_id " + actionId + " twice in a block");
			}
			if ("button".equals(text(element.path("type")))) {
				atMost(element.path("text").path("text"), 75, "a button's text", broken);
				atMost(element.path("value"), 2_000, "a button's value", broken);
			}
		}
	}

	private static void atMost(JsonNode node, int most, String what, List<String> broken) {
		String text = text(node);
		if (text != null && text.length() > most) {
			broken.add(what + " longer than " + most + ": " + text.length());
		}
	}

	private static @Nullable String text(JsonNode node) {
		return node.isMissingNode() || node.isNull() ? null : node.asString();
	}

}
