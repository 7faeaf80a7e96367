package dev.frontline.slack;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;

/**
 * Socket Mode: Frontline dials out to Slack over a WebSocket, so no public URL is needed.
 * The Java-WebSocket backend is used because it brings no Jakarta WebSocket API to clash
 * with the servlet container's.
 */
class SlackSocketMode implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(SlackSocketMode.class);

	private final String appToken;

	private final App app;

	private @Nullable SocketModeApp socketMode;

	SlackSocketMode(String appToken, App app) {
		this.appToken = appToken;
		this.app = app;
	}

	@Override
	public synchronized void start() {
		try {
			SocketModeApp started = new SocketModeApp(appToken, SocketModeClient.Backend.JavaWebSocket, app);
			started.startAsync();
			socketMode = started;
			log.info("Slack Socket Mode connected");
		}
		catch (Exception ex) {
			throw new IllegalStateException("Slack Socket Mode could not connect: " + ex.getMessage(), ex);
		}
	}

	@Override
	public synchronized void stop() {
		if (socketMode != null) {
			try {
				socketMode.stop();
			}
			catch (Exception ex) {
				log.warn("Slack Socket Mode did not stop cleanly: {}", ex.toString());
			}
			socketMode = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return socketMode != null;
	}

}
