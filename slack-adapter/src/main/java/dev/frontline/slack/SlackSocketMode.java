package dev.frontline.slack;

import java.io.IOException;
import java.util.Set;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.apps.connections.AppsConnectionsOpenResponse;
import com.slack.api.socket_mode.SocketModeClient;

import dev.frontline.delivery.ConnectionHealth;
import dev.frontline.delivery.PlatformLogin;

/**
 * Socket Mode: Frontline dials out to Slack over a WebSocket, so no public URL is needed.
 * Logged in after start-up and retried with back-off (see {@link PlatformLogin}), so
 * Frontline starts while Slack is unreachable. Bolt tells a refused app token from an
 * unreachable Slack only in its exceptions' text, so {@code apps.connections.open} is
 * asked here first; once connected, Bolt keeps the socket open. Its Java-WebSocket
 * backend brings no Jakarta WebSocket API to clash with the servlet container's.
 */
class SlackSocketMode extends PlatformLogin<SocketModeApp> {

	static final String CONNECTED = "CONNECTED";

	/** Slack's answers to an app token it will never take: retrying cannot help. */
	private static final Set<String> REFUSALS = Set.of("invalid_auth", "not_authed", "account_inactive",
			"token_revoked", "token_expired", "not_allowed_token_type", "missing_scope", "no_permission",
			"forbidden_team");

	private final Slack slack;

	private final String appToken;

	private final App app;

	SlackSocketMode(Slack slack, String appToken, App app, ConnectionHealth health) {
		super("Slack", health);
		this.slack = slack;
		this.appToken = appToken;
		this.app = app;
	}

	/**
	 * {@code LOGGING_IN} until Slack took the app token, then {@code CONNECTED} while the
	 * socket answers a ping, else {@code CONNECTING} while Bolt opens a new one.
	 */
	String state() {
		return client().map(socketMode -> socketMode.getClient().verifyConnection() ? CONNECTED : "CONNECTING")
			.orElse("LOGGING_IN");
	}

	@Override
	protected SocketModeApp logIn() throws Refused {
		AppsConnectionsOpenResponse opened;
		try {
			opened = slack.methods().appsConnectionsOpen(request -> request.token(appToken));
		}
		catch (IOException | SlackApiException ex) {
			throw new IllegalStateException(ex.getMessage(), ex);
		}
		if (REFUSALS.contains(String.valueOf(opened.getError()))) {
			throw new Refused("Slack refused the app token (SLACK_APP_TOKEN): " + opened.getError());
		}
		if (!opened.isOk()) {
			throw new IllegalStateException("apps.connections.open answered " + opened.getError());
		}
		SocketModeApp socketMode = null;
		try {
			socketMode = new SocketModeApp(appToken, SocketModeClient.Backend.JavaWebSocket, app);
			socketMode.startAsync();
			return socketMode;
		}
		catch (Exception ex) {
			if (socketMode != null && socketMode.getClient() != null) {
				logOut(socketMode);
			}
			throw new IllegalStateException("Socket Mode did not start: " + ex.getMessage(), ex);
		}
	}

	@Override
	protected void logOut(SocketModeApp socketMode) {
		try {
			socketMode.stop();
			// Bolt's stop leaves the client's threads running.
			socketMode.getClient().close();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Slack Socket Mode did not stop cleanly: " + ex.getMessage(), ex);
		}
	}

}
