package dev.frontline.access;

import java.io.IOException;
import java.security.Principal;
import java.util.Set;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lets a request through only with a configured bearer token, before any controller looks
 * anything up. Closed by default: the few doors that are open say so here, each guarded
 * by something else (intake and signals by their signature, Slack's events by Slack's,
 * health by showing no details).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiAccessFilter extends OncePerRequestFilter {

	/** Open to anyone; each checks the caller itself. */
	private static final Set<String> OPEN_POSTS = Set.of("/api/v1/complaints", "/api/v1/signals", "/slack/events");

	/** Open to anyone: probes, which show only UP or DOWN without a token. */
	private static final Set<String> OPEN_READS = Set.of("/actuator/health", "/actuator/health/liveness",
			"/actuator/health/readiness");

	private static final Principal API_CLIENT = () -> "api-client";

	private final BearerTokens tokens;

	private final boolean openWithoutToken;

	private final JsonMapper json;

	ApiAccessFilter(ApiSettings settings, JsonMapper json) {
		this.tokens = new BearerTokens(settings.tokens());
		this.openWithoutToken = settings.openWithoutToken();
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String authorization = request.getHeader("Authorization");
		if (!tokens.isEmpty() && tokens.accepts(authorization)) {
			// Known to be an API client: health then shows its components.
			chain.doFilter(new AuthenticatedRequest(request), response);
			return;
		}
		if (tokens.isEmpty() && openWithoutToken) {
			// A local run on 127.0.0.1: everything is open, health with its details too.
			chain.doFilter(new AuthenticatedRequest(request), response);
			return;
		}
		if (isOpen(request)) {
			chain.doFilter(request, response);
			return;
		}
		String detail = tokens.isEmpty()
				? "no API token is configured, so the API is closed: set " + ApiSettings.TOKEN_VARIABLE
						+ " and send it as Authorization: Bearer <token>"
				: authorization == null
						? "send Authorization: Bearer <token> (a token from " + ApiSettings.TOKEN_VARIABLE + ")"
						: "the bearer token is not one of " + ApiSettings.TOKEN_VARIABLE;
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, detail);
		problem.setTitle("Authentication required");
		response.setStatus(HttpStatus.UNAUTHORIZED.value());
		response.setHeader("WWW-Authenticate", "Bearer");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getOutputStream().write(json.writeValueAsBytes(problem));
	}

	/**
	 * Open only when the path is exactly an open one as sent: an encoded or dotted
	 * variant of an open path is treated as closed rather than interpreted.
	 */
	private static boolean isOpen(HttpServletRequest request) {
		String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
		String sent = request.getRequestURI().substring(request.getContextPath().length());
		if (!path.equals(sent)) {
			return false;
		}
		String method = request.getMethod();
		if ("POST".equals(method)) {
			return OPEN_POSTS.contains(path);
		}
		return ("GET".equals(method) || "HEAD".equals(method)) && OPEN_READS.contains(path);
	}

	/** The request of a caller who presented a valid token. */
	private static final class AuthenticatedRequest extends HttpServletRequestWrapper {

		AuthenticatedRequest(HttpServletRequest request) {
			super(request);
		}

		@Override
		public Principal getUserPrincipal() {
			return API_CLIENT;
		}

		@Override
		public String getRemoteUser() {
			return API_CLIENT.getName();
		}

	}

}
