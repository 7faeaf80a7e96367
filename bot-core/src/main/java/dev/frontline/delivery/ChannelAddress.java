package dev.frontline.delivery;

/**
 * A channel on one chat platform.
 *
 * @param platform the platform's name, such as {@code slack}
 * @param channel the platform's id for the channel
 */
public record ChannelAddress(String platform, String channel) {

	public ChannelAddress {
		if (platform.isBlank() || channel.isBlank()) {
			throw new IllegalArgumentException("a channel address needs a platform and a channel");
		}
	}

	@Override
	public String toString() {
		return platform + ":" + channel;
	}

}
