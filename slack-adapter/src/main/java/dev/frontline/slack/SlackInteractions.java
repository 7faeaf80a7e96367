package dev.frontline.slack;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;

import dev.frontline.cases.CaseConflictException;
import dev.frontline.cases.UnknownCaseException;
import dev.frontline.followups.FollowUpConflictException;
import dev.frontline.followups.UnknownStepException;
import dev.frontline.people.Actor;
import dev.frontline.people.NotPermittedException;
import dev.frontline.people.People;
import dev.frontline.people.Role;
import dev.frontline.replies.ReplyConflictException;
import dev.frontline.replies.UnknownDraftException;
import dev.frontline.storage.DatabaseUnavailable;

/**
 * What every button and form handler shares: telling the presser privately, reading a
 * form's inputs, and turning the core's refusals into a sentence for the person.
 */
final class SlackInteractions {

	private static final Logger log = LoggerFactory.getLogger(SlackInteractions.class);

	/** The action id of every text input in our forms; blocks tell them apart. */
	static final String INPUT = "value";

	/**
	 * Replies to the person after the acknowledgement, so Slack's three seconds are never
	 * at risk.
	 */
	private final ExecutorService afterAck = Executors.newVirtualThreadPerTaskExecutor();

	/** Runs work after the acknowledgement has gone back to Slack. */
	void afterAck(Runnable work) {
		afterAck.submit(work);
	}

	/** Tells only the person who pressed, through the press's {@code response_url}. */
	void tellPrivately(ActionContext context, String message) {
		afterAck.submit(() -> {
			try {
				context
					.respond(r -> r.responseType("ephemeral").replaceOriginal(false).text(SlackText.escape(message)));
			}
			catch (Exception ex) {
				log.warn("Could not tell {} privately: {}", context.getRequestUserId(), ex.toString());
			}
		});
	}

	/**
	 * Runs a decision; returns null when it was taken, else why not, to show in the form
	 * or to the person.
	 */
	static @Nullable String decide(Runnable decision) {
		try {
			decision.run();
			return null;
		}
		catch (NotPermittedException | CaseConflictException | UnknownCaseException | ReplyConflictException
				| UnknownDraftException | FollowUpConflictException | UnknownStepException
				| IllegalArgumentException ex) {
			return ex.getMessage();
		}
		catch (RuntimeException ex) {
			if (DatabaseUnavailable.isCause(ex)) {
				return DatabaseUnavailable.TRY_AGAIN;
			}
			throw ex;
		}
	}

	/** Builds a form; it may refuse, as the core does, before anything is shown. */
	interface FormBuilder {

		View build();

	}

	/**
	 * Opens a form once the person may act at all. {@code views.open} must use the
	 * trigger within three seconds, so it runs before the acknowledgement; a refusal
	 * reaches the person privately.
	 * @param whenNotOpened undoes what building the form recorded, when Slack did not
	 * show it
	 */
	void openForm(ActionContext context, Actor actor, People people, String triggerId, FormBuilder form,
			@Nullable Runnable whenNotOpened) {
		String problem = decide(() -> {
			people.require(actor, Role.STAFF);
			View view = form.build();
			try {
				var opened = context.client().viewsOpen(r -> r.triggerId(triggerId).view(view));
				if (!opened.isOk()) {
					throw new IllegalStateException(opened.getError());
				}
			}
			catch (Exception ex) {
				log.warn("A form could not be opened: {}", ex.toString());
				if (whenNotOpened != null) {
					whenNotOpened.run();
				}
				throw new IllegalArgumentException("Sorry, that form could not be opened. Please try again.");
			}
		});
		if (problem != null) {
			tellPrivately(context, problem);
		}
	}

	/**
	 * Closes the form, or shows in it, beside that input, why the decision was not taken.
	 */
	static Response answer(ViewSubmissionContext context, String blockId, @Nullable String problem) {
		return problem == null ? context.ack()
				: context.ack(r -> r.responseAction("errors").errors(Map.of(blockId, problem)));
	}

	/** The value the pressed button carries, such as a case number. */
	static String pressedValue(BlockActionRequest request) {
		return request.getPayload().getActions().getFirst().getValue();
	}

	/** What was typed into a form's text input, or an empty string. */
	static String inputValue(View view, String blockId) {
		Map<String, Map<String, ViewState.Value>> values = view.getState().getValues();
		ViewState.Value value = values.getOrDefault(blockId, Map.of()).get(INPUT);
		return value == null || value.getValue() == null ? "" : value.getValue();
	}

	/** Whether a form's checkbox input has any option ticked. */
	static boolean ticked(View view, String blockId) {
		ViewState.Value value = view.getState().getValues().getOrDefault(blockId, Map.of()).get(INPUT);
		return value != null && value.getSelectedOptions() != null && !value.getSelectedOptions().isEmpty();
	}

	/**
	 * A number a button or form carries.
	 * @throws IllegalArgumentException naming what it should have named
	 */
	static long number(@Nullable String value, String what) {
		if (value == null || !value.matches("\\d{1,18}")) {
			throw new IllegalArgumentException("That button does not name " + what + ".");
		}
		return Long.parseLong(value);
	}

	/** A small form: a line about what it changes, one input, and a submit button. */
	static View form(String callbackId, String metadata, String title, String subject, LayoutBlock input,
			String submit) {
		return view(v -> v.type("modal")
			.callbackId(callbackId)
			.privateMetadata(metadata)
			.title(viewTitle(t -> t.type("plain_text").text(title)))
			.submit(viewSubmit(s -> s.type("plain_text").text(submit)))
			.close(viewClose(c -> c.type("plain_text").text("Cancel")))
			.blocks(List.of(section(s -> s.text(plainText(SlackText.escape(subject)))), input)));
	}

	/** Who was chosen in a form's user picker. */
	static @Nullable String selectedUser(View view, String blockId) {
		ViewState.Value value = view.getState().getValues().getOrDefault(blockId, Map.of()).get(INPUT);
		return value == null ? null : value.getSelectedUser();
	}

}
